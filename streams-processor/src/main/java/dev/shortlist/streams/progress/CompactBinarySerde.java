package dev.shortlist.streams.progress;

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
 * A state store value in a compact binary form private to this application: a leading format byte
 * (so a later version can read what this one wrote), then what {@link #writeBody} writes.
 */
abstract class CompactBinarySerde<T> implements Serde<T> {

    private final byte format;
    private final String what;

    protected CompactBinarySerde(byte format, String what) {
        this.format = format;
        this.what = what;
    }

    protected abstract void writeBody(T value, DataOutputStream out) throws IOException;

    protected abstract T readBody(DataInputStream in) throws IOException;

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    byte[] write(T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(format);
            writeBody(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    T read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte found = in.readByte();
            if (found != format) {
                throw new SerializationException("Unknown " + what + " format " + found);
            }
            return readBody(in);
        } catch (IOException e) {
            throw new SerializationException("Unreadable " + what, e);
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
