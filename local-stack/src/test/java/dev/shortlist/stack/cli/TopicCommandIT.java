package dev.shortlist.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.junit.LocalStackTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** {@code shortlist topic}: what a person reads when looking inside a topic of the local stack. */
@LocalStackTest(Component.SCHEMA_REGISTRY)
class TopicCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsEveryRecordWithAvroDecodedThroughTheRegistryAndRawBytesAsText(StackEndpoints endpoints)
            throws Exception {
        String topic = "topic-command-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        TopicCatalog catalog = new TopicCatalog(Map.of("schema.registry.url", endpoints.schemaRegistryUrl()), 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
        try (KafkaProducer<String, RescoreRequested> avro = new KafkaProducer<>(
                        props,
                        catalog.rescores().keySerde().serializer(),
                        catalog.rescores().valueSerde().serializer());
                KafkaProducer<byte[], byte[]> raw =
                        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 3; i++) {
                avro.send(new ProducerRecord<>(topic, "JOB_" + i, rescore("JOB_" + i)))
                        .get();
            }
            raw.send(new ProducerRecord<>(
                            topic,
                            "dead".getBytes(StandardCharsets.UTF_8),
                            "not avro".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int printed = TopicCommand.print(
                endpoints.bootstrapServers(),
                endpoints.schemaRegistryUrl(),
                topic,
                0,
                false,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = bytes.toString(StandardCharsets.UTF_8)
                .lines()
                .map(TopicCommandIT::json)
                .toList();
        assertThat(printed).isEqualTo(4);
        assertThat(lines).hasSize(4);
        assertThat(lines)
                .filteredOn(l -> l.path("value").isObject())
                .extracting(l -> l.path("key").asText() + "="
                        + l.path("value").path("jobId").asText() + "/"
                        + l.path("value").path("reason").asText())
                .containsExactlyInAnyOrder("JOB_0=JOB_0/why JOB_0", "JOB_1=JOB_1/why JOB_1", "JOB_2=JOB_2/why JOB_2");
        assertThat(lines)
                .filteredOn(l -> l.path("key").asText().equals("dead"))
                .singleElement()
                .satisfies(l -> assertThat(l.path("value").asText()).isEqualTo("not avro"));

        ByteArrayOutputStream limited = new ByteArrayOutputStream();
        assertThat(TopicCommand.print(
                        endpoints.bootstrapServers(),
                        endpoints.schemaRegistryUrl(),
                        topic,
                        2,
                        false,
                        new PrintStream(limited, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(limited.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    @Test
    void aMissingTopicIsSaidSo(StackEndpoints endpoints) {
        assertThatThrownBy(() -> TopicCommand.print(
                        endpoints.bootstrapServers(),
                        endpoints.schemaRegistryUrl(),
                        "no-such-topic-" + UUID.randomUUID(),
                        0,
                        false,
                        System.out))
                .hasMessageStartingWith("No topic no-such-topic-");
    }

    private static RescoreRequested rescore(String jobId) {
        return RescoreRequested.newBuilder()
                .setMetadata(EventMetadata.newBuilder()
                        .setEventId(UUID.randomUUID().toString())
                        .setOccurredAt(Instant.now())
                        .setOrganizationId("org-topic")
                        .setActor("topic-command-it")
                        .setProducer("topic-command-it")
                        .build())
                .setScope(RescoreScope.JOB)
                .setJobId(jobId)
                .setReason("why " + jobId)
                .build();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
