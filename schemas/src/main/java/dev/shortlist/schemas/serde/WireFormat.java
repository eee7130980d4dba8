package dev.shortlist.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent framing: one magic byte {@code 0}, the schema id as a 4-byte big-endian int, then the
 * plain Avro binary encoding of the datum (no container file, no single-object header).
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {}

    /** Reads the schema id from a framed payload, rejecting anything that is not Confluent-framed. */
    public static int schemaId(byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException(
                    "Payload of " + payload.length + " bytes is too short for the Confluent wire format");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException("Unknown magic byte " + payload[0] + ": not Confluent wire format");
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }
}
