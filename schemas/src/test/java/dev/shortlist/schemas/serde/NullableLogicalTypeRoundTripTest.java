package dev.shortlist.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.batch.BatchStatus;
import dev.shortlist.schemas.common.EventMetadata;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Optional timestamps (a union of null and timestamp-millis) come back as {@link Instant}s. */
class NullableLogicalTypeRoundTripTest {

    private static final String SCOPE = "nullable-logical-type-test";

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void anOptionalTimestampRoundTripsAsAnInstant() {
        SpecificAvroSerde<BatchProgress> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE), false);
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        BatchProgress progress = BatchProgress.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId("e-1").setOccurredAt(at).setOrganizationId("org-a")
                        .setProducer("test").build())
                .setBatchId("BATCH_1").setJobId("JOB_1").setTotal(2).setProcessed(2).setSucceeded(2).setFailed(0)
                .setStatus(BatchStatus.COMPLETED).setCreatedAt(at).setStartedAt(at.plusSeconds(1))
                .setCompletedAt(at.plusSeconds(2)).setUpdatedAt(at.plusSeconds(2)).setResumesPerSecond(1.0)
                .build();

        BatchProgress read = serde.deserializer().deserialize("shortlist.batches.progress.v1",
                serde.serializer().serialize("shortlist.batches.progress.v1", progress));

        assertThat(read.getStartedAt()).isEqualTo(at.plusSeconds(1));
        assertThat(read).isEqualTo(progress);
    }
}
