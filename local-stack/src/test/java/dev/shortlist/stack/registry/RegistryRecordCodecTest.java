package dev.shortlist.stack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.stack.registry.RegistryRecord.Config;
import dev.shortlist.stack.registry.RegistryRecord.SchemaVersion;
import dev.shortlist.stack.registry.RegistryRecord.SchemaVersionErased;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryRecordCodecTest {

    @Test
    void recordsSurviveTheRoundTripThroughTopicBytes() {
        List<RegistryRecord> records = List.of(
                new SchemaVersion("s", 2, 7, "\"string\"", List.of(new SchemaReference("T", "t", 1)), true),
                new SchemaVersionErased("s", 2),
                new Config(null, CompatibilityLevel.FULL),
                new Config("s", null));

        for (RegistryRecord record : records) {
            RegistryRecordCodec.Encoded encoded = RegistryRecordCodec.encode(record);
            assertThat(RegistryRecordCodec.decode(encoded.key(), encoded.value()))
                    .contains(record);
        }
    }

    @Test
    void aSubjectVersionAlwaysHasTheSameKeySoCompactionKeepsOnlyItsLatestState() {
        SchemaVersion live = new SchemaVersion("s", 1, 1, "\"string\"", List.of(), false);

        byte[] key = RegistryRecordCodec.encode(live).key();

        assertThat(RegistryRecordCodec.encode(live.softDeleted()).key()).isEqualTo(key);
        assertThat(RegistryRecordCodec.encode(new SchemaVersionErased("s", 1)).key())
                .isEqualTo(key);
        assertThat(new String(key, StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}");
    }

    @Test
    void recordKindsThisRegistryDoesNotKeepAreSkipped() {
        byte[] key = "{\"keytype\":\"NOOP\",\"magic\":0}".getBytes(StandardCharsets.UTF_8);

        assertThat(RegistryRecordCodec.decode(key, null)).isEmpty();
    }
}
