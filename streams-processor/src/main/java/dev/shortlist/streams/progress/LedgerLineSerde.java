package dev.shortlist.streams.progress;

import dev.shortlist.streams.progress.BatchProgressAggregate.Line;
import dev.shortlist.streams.progress.BatchProgressAggregate.Outcome;
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

/** Compact binary form of one resume's {@link Line} in a batch's ledger, with a leading format byte. */
public final class LedgerLineSerde implements Serde<Line> {

    private static final byte FORMAT = 1;

    @Override
    public Serializer<Line> serializer() {
        return (topic, line) -> line == null ? null : write(line);
    }

    @Override
    public Deserializer<Line> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(Line line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeBoolean(line.member());
            Outcome outcome = line.outcome();
            out.writeBoolean(outcome != null);
            if (outcome != null) {
                out.writeUTF(outcome.jobId());
                out.writeBoolean(outcome.succeeded());
                out.writeLong(outcome.firstAt().toEpochMilli());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Line read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new SerializationException("Unknown batch ledger line format " + format);
            }
            boolean member = in.readBoolean();
            Outcome outcome = in.readBoolean()
                    ? new Outcome(in.readUTF(), in.readBoolean(), Instant.ofEpochMilli(in.readLong()))
                    : null;
            return new Line(member, outcome);
        } catch (IOException e) {
            throw new SerializationException("Unreadable batch ledger line", e);
        }
    }
}
