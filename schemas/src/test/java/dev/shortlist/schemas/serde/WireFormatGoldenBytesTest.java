package dev.shortlist.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shortlist.schemas.common.Evidence;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatGoldenBytesTest {

    /** A registry that knows one schema under id 7, to pin the framing byte by byte. */
    private static final class FixedIdRegistry implements SchemaRegistryClient {
        @Override
        public int register(String subject, Schema schema) {
            return 7;
        }

        @Override
        public int lookup(String subject, Schema schema) {
            return 7;
        }

        @Override
        public Schema schemaById(int id) {
            return Evidence.getClassSchema();
        }

        @Override
        public RegisteredSchema latest(String subject) {
            return new RegisteredSchema(subject, 1, 7, Evidence.getClassSchema());
        }
    }

    private static final Map<String, Object> CONFIG = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://unused");

    @Test
    void framesAvroBinaryBehindMagicByteAndBigEndianSchemaId() {
        Evidence evidence = new Evidence("SKILLS", 1, 5, "Java");

        byte[] bytes = new KafkaAvroSerializer(new FixedIdRegistry(), CONFIG, false).serialize("t", evidence);

        // magic 0, id 7 as 4 big-endian bytes, then Avro: "SKILLS" (zigzag len 6 = 0x0C),
        // int 1 (0x02), int 5 (0x0A), "Java" (zigzag len 4 = 0x08).
        byte[] expected = {
            0x00, 0x00, 0x00, 0x00, 0x07, 0x0C, 'S', 'K', 'I', 'L', 'L', 'S', 0x02, 0x0A, 0x08, 'J', 'a', 'v', 'a'
        };
        assertThat(bytes).containsExactly(expected);
    }

    @Test
    void readsTheHandComputedFrameBack() {
        byte[] frame = {
            0x00, 0x00, 0x00, 0x00, 0x07, 0x0C, 'S', 'K', 'I', 'L', 'L', 'S', 0x02, 0x0A, 0x08, 'J', 'a', 'v', 'a'
        };
        Map<String, Object> specific = Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://unused", AvroSerdeConfig.SPECIFIC_AVRO_READER, true);

        Object read = new KafkaAvroDeserializer(new FixedIdRegistry(), specific).deserialize("t", frame);

        assertThat(read).isEqualTo(new Evidence("SKILLS", 1, 5, "Java"));
    }

    @Test
    void rejectsPayloadsWithoutTheMagicByte() {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer(new FixedIdRegistry(), CONFIG);

        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {1, 0, 0, 0, 7, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("magic byte");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("too short");
    }
}
