package dev.shortlist.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.RemotePolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static final String SCOPE = "avro-serde-test";
    private static final Map<String, Object> CONFIG = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    static JobEvent jobPosted() {
        return JobEvent.newBuilder()
                .setMetadata(EventMetadata.newBuilder()
                        .setEventId("e-1")
                        .setOccurredAt(Instant.parse("2026-11-23T10:00:00Z"))
                        .setOrganizationId("org-a")
                        .setCorrelationId("c-1")
                        .build())
                .setJobId("JOB_1")
                .setRevision(1)
                .setPayload(new JobPosted(JobDefinition.newBuilder()
                        .setTitle("Backend engineer")
                        .setDescription("Java, Kafka, PostgreSQL")
                        .setRequiredSkills(List.of("Java", "Kafka"))
                        .setEducationLevel(EducationLevel.BACHELOR)
                        .setRemote(RemotePolicy.HYBRID)
                        .build()))
                .build();
    }

    @Test
    void specificRecordsRoundTripThroughTheSerde() {
        SpecificAvroSerde<JobEvent> serde = new SpecificAvroSerde<>();
        serde.configure(CONFIG, false);

        byte[] bytes = serde.serializer().serialize("shortlist.jobs.v1", jobPosted());
        JobEvent read = serde.deserializer().deserialize("shortlist.jobs.v1", bytes);

        assertThat(read).isEqualTo(jobPosted());
        assertThat(read.getPayload()).isInstanceOf(JobPosted.class);
    }

    @Test
    void registersUnderTheTopicNameStrategySubject() {
        SpecificAvroSerde<JobEvent> serde = new SpecificAvroSerde<>();
        serde.configure(CONFIG, false);

        byte[] bytes = serde.serializer().serialize("shortlist.jobs.v1", jobPosted());

        SchemaRegistryClient registry = MockSchemaRegistry.forScope(SCOPE);
        SchemaRegistryClient.RegisteredSchema latest = registry.latest("shortlist.jobs.v1-value");
        assertThat(latest.schema()).isEqualTo(JobEvent.getClassSchema());
        assertThat(WireFormat.schemaId(bytes)).isEqualTo(latest.id());
    }

    @Test
    void genericReaderSeesTheSameFields() {
        SpecificAvroSerde<JobEvent> specific = new SpecificAvroSerde<>();
        specific.configure(CONFIG, false);
        KafkaAvroDeserializer generic = new KafkaAvroDeserializer();
        generic.configure(
                Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        "mock://" + SCOPE,
                        AvroSerdeConfig.SPECIFIC_AVRO_READER,
                        false),
                false);

        byte[] bytes = specific.serializer().serialize("shortlist.jobs.v1", jobPosted());
        GenericRecord read = (GenericRecord) generic.deserialize("shortlist.jobs.v1", bytes);

        assertThat(read.get("jobId").toString()).isEqualTo("JOB_1");
        assertThat(((GenericRecord) read.get("metadata")).get("organizationId").toString())
                .isEqualTo("org-a");
        assertThat(((GenericRecord) read.get("payload")).getSchema().getName()).isEqualTo("JobPosted");
    }

    @Test
    void withoutAutoRegistrationAnUnknownSchemaIsAClearError() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(
                Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        "mock://" + SCOPE,
                        AvroSerdeConfig.AUTO_REGISTER_SCHEMAS,
                        false),
                false);

        assertThatThrownBy(() -> serializer.serialize("shortlist.jobs.v1", jobPosted()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("shortlist.jobs.v1-value");
    }

    @Test
    void olderWritersAreReadWithTheNewerSchemaAndDefaults() {
        Schema v1 = SchemaBuilder.record("Sample")
                .namespace("dev.shortlist.test")
                .fields()
                .requiredString("name")
                .endRecord();
        Schema v2 = SchemaBuilder.record("Sample")
                .namespace("dev.shortlist.test")
                .fields()
                .requiredString("name")
                .name("score")
                .type()
                .intType()
                .intDefault(50)
                .endRecord();
        GenericRecord old = new GenericData.Record(v1);
        old.put("name", "a");
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(CONFIG, false);
        byte[] v1Bytes = serializer.serialize("samples", old);

        // A v2 consumer resolves the v1 writer schema against its own reader schema.
        org.apache.avro.generic.GenericDatumReader<GenericRecord> v2Reader =
                new org.apache.avro.generic.GenericDatumReader<>(
                        MockSchemaRegistry.forScope(SCOPE).schemaById(WireFormat.schemaId(v1Bytes)), v2);
        GenericRecord read = readWith(v2Reader, v1Bytes);

        assertThat(read.get("name").toString()).isEqualTo("a");
        assertThat(read.get("score")).isEqualTo(50);
    }

    private static GenericRecord readWith(
            org.apache.avro.generic.GenericDatumReader<GenericRecord> reader, byte[] bytes) {
        try {
            return reader.read(
                    null,
                    org.apache.avro.io.DecoderFactory.get()
                            .binaryDecoder(bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE, null));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
