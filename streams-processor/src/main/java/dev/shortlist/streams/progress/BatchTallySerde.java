package dev.shortlist.streams.progress;

import dev.shortlist.streams.progress.BatchProgressAggregate.Definition;
import dev.shortlist.streams.progress.BatchProgressAggregate.Tally;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary form of a batch's {@link Tally} for its state store and changelog: a few dozen bytes
 * whatever the size of the batch. Private to this application (the public view is the Avro
 * {@code BatchProgress}); the leading format byte lets a later version read what this one wrote.
 */
public final class BatchTallySerde implements Serde<Tally> {

    private static final byte FORMAT = 2;

    @Override
    public Serializer<Tally> serializer() {
        return (topic, tally) -> tally == null ? null : write(tally);
    }

    @Override
    public Deserializer<Tally> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(Tally tally) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(tally.batchId());
            Definition definition = tally.definition();
            out.writeBoolean(definition != null);
            if (definition != null) {
                out.writeUTF(definition.jobId());
                out.writeUTF(definition.organizationId());
                out.writeInt(definition.total());
                out.writeLong(definition.createdAt().toEpochMilli());
            }
            out.writeInt(tally.succeeded());
            out.writeInt(tally.failed());
            writeInstant(out, tally.startedAt());
            writeInstant(out, tally.lastAt());
            writeInstant(out, tally.updatedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Tally read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new SerializationException("Unknown batch tally format " + format);
            }
            String batchId = in.readUTF();
            Definition definition = in.readBoolean()
                    ? new Definition(in.readUTF(), in.readUTF(), in.readInt(), Instant.ofEpochMilli(in.readLong()))
                    : null;
            return new Tally(batchId, definition, in.readInt(), in.readInt(), readInstant(in), readInstant(in),
                    readInstant(in));
        } catch (IOException e) {
            throw new SerializationException("Unreadable batch tally", e);
        }
    }

    static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.toEpochMilli());
        }
    }

    static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochMilli(in.readLong()) : null;
    }
}
