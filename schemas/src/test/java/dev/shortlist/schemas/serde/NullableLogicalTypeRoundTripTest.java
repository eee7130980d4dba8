package dev.shortlist.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.batch.BatchStatus;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.resume.Contact;
import dev.shortlist.schemas.resume.ExperienceEntry;
import dev.shortlist.schemas.resume.ResumeParsed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Optional timestamps and dates (a union of null and a logical type), also in nested records, come back as Java time types. */
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
                .setMetadata(EventMetadata.newBuilder()
                        .setEventId("e-1")
                        .setOccurredAt(at)
                        .setOrganizationId("org-a")
                        .setProducer("test")
                        .build())
                .setBatchId("BATCH_1")
                .setJobId("JOB_1")
                .setTotal(2)
                .setProcessed(2)
                .setSucceeded(2)
                .setFailed(0)
                .setStatus(BatchStatus.COMPLETED)
                .setCreatedAt(at)
                .setStartedAt(at.plusSeconds(1))
                .setCompletedAt(at.plusSeconds(2))
                .setUpdatedAt(at.plusSeconds(2))
                .setResumesPerSecond(1.0)
                .build();

        BatchProgress read = serde.deserializer()
                .deserialize(
                        "shortlist.batches.progress.v1",
                        serde.serializer().serialize("shortlist.batches.progress.v1", progress));

        assertThat(read.getStartedAt()).isEqualTo(at.plusSeconds(1));
        assertThat(read).isEqualTo(progress);
    }

    @Test
    void anOptionalDateInANestedRecordRoundTripsAsALocalDate() {
        SpecificAvroSerde<ResumeParsed> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE), false);
        ResumeParsed profile = ResumeParsed.newBuilder()
                .setContact(new Contact(null, null, null, List.of(), null))
                .setSummary(null)
                .setSkills(List.of())
                .setExperience(List.of(ExperienceEntry.newBuilder()
                        .setTitle("Engineer")
                        .setCompany(null)
                        .setLocation(null)
                        .setStart(LocalDate.of(2020, 1, 1))
                        .setEnd(null)
                        .setCurrent(true)
                        .setMonths(12)
                        .setDescription(null)
                        .build()))
                .setEducation(List.of())
                .setLanguages(List.of())
                .setCertifications(List.of())
                .setDocumentLanguage("en")
                .setTotalYears(1.0)
                .setMissingFields(List.of())
                .setText("Engineer")
                .setEmbedding(null)
                .setEmbeddingModel(null)
                .setEmbeddingChunks(java.util.List.of())
                .setParserVersion("p")
                .setTaxonomyVersion("t")
                .build();

        ResumeParsed read = serde.deserializer()
                .deserialize(
                        "shortlist.resumes.parsed.v1",
                        serde.serializer().serialize("shortlist.resumes.parsed.v1", profile));

        assertThat(read.getExperience().get(0).getStart()).isEqualTo(LocalDate.of(2020, 1, 1));
        // Compared as JSON: Avro's generated equals cannot compare arrays of records holding dates.
        assertThat(read.toString()).isEqualTo(profile.toString());
    }
}
