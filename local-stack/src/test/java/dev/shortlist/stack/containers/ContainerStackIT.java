package dev.shortlist.stack.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The testcontainers mode: Kafka, Confluent's own schema registry and Elasticsearch in Docker,
 * reached on the ports Docker mapped. Skipped, with the reason, where no Docker engine answers.
 */
class ContainerStackIT {

    private static final String NO_ENGINE =
            "No Docker engine answers (Testcontainers found none): the testcontainers mode is not exercised on this machine";

    /** Says it once in the build log, where the skip count alone would not tell why. */
    @BeforeAll
    static void sayWhyWhenSkipped() {
        if (!DockerEngine.available()) {
            System.err.println("SKIPPED ContainerStackIT: " + NO_ENGINE);
        }
    }

    @BeforeEach
    void needsADockerEngine() {
        assumeTrue(DockerEngine.available(), NO_ENGINE);
    }

    @Test
    void eventsRoundTripThroughConfluentsRegistryAndElasticsearchAnswersOnMappedPorts() throws Exception {
        StackSettings defaults = StackSettings.fromEnvironment();
        StackSettings containers = new StackSettings(
                defaults.home(),
                defaults.distributionDir(),
                defaults.kafkaPort(),
                defaults.kafkaControllerPort(),
                defaults.registryPort(),
                defaults.elasticsearchPort(),
                defaults.elasticsearchTransportPort(),
                defaults.elasticsearchHeap(),
                defaults.elasticsearchJavaOpts(),
                defaults.elasticsearchUser(),
                defaults.kafkaJavaOpts(),
                StackSettings.Mode.TESTCONTAINERS);

        try (LocalStack stack = new LocalStack(containers)) {
            stack.start();
            StackEndpoints endpoints = stack.endpoints();

            assertThat(stack.mode()).isEqualTo(StackSettings.Mode.TESTCONTAINERS);
            assertThat(endpoints).isNotEqualTo(containers.endpoints());
            assertThat(stack.status().values())
                    .allSatisfy(s -> assertThat(s.healthy()).isTrue());

            TopicCatalog catalog = new TopicCatalog(Map.of("schema.registry.url", endpoints.schemaRegistryUrl()), 3);
            String topic = catalog.rescores().name();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                        .all()
                        .get();
            }
            RescoreRequested sent = RescoreRequested.newBuilder()
                    .setMetadata(EventMetadata.newBuilder()
                            .setEventId(UUID.randomUUID().toString())
                            .setOccurredAt(Instant.now())
                            .setOrganizationId("org-containers")
                            .setActor("container-stack-it")
                            .setProducer("container-stack-it")
                            .build())
                    .setScope(RescoreScope.JOB)
                    .setJobId("JOB_1")
                    .setReason("round trip")
                    .build();
            Properties producerProps = new Properties();
            producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
            try (KafkaProducer<String, RescoreRequested> producer = new KafkaProducer<>(
                    producerProps,
                    catalog.rescores().keySerde().serializer(),
                    catalog.rescores().valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(topic, "JOB_1", sent)).get();
            }

            assertThat(readAll(endpoints, catalog)).containsExactly(sent);
            // The serializer registered the schema in Confluent's registry under the TopicNameStrategy subject.
            assertThat(get(endpoints.schemaRegistryUrl() + "/subjects")).contains(topic + "-value");
            assertThat(get(endpoints.elasticsearchUrl() + "/_cluster/health"))
                    .containsPattern("\"status\":\"(green|yellow)\"");
        }
    }

    private static List<RescoreRequested> readAll(StackEndpoints endpoints, TopicCatalog catalog) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "container-stack-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<RescoreRequested> values = new ArrayList<>();
        try (KafkaConsumer<String, RescoreRequested> consumer = new KafkaConsumer<>(
                props,
                catalog.rescores().keySerde().deserializer(),
                catalog.rescores().valueSerde().deserializer())) {
            consumer.subscribe(List.of(catalog.rescores().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, RescoreRequested> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        return response.body();
    }
}
