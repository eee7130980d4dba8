package dev.shortlist.query.it;

import dev.shortlist.schemas.serde.KafkaAvroSerializer;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import dev.shortlist.stack.junit.LocalStackTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query service running against the real local stack (Kafka, schema registry, Elasticsearch on
 * this module's ports), with helpers to publish events and call the API with real tokens. Each
 * test uses organizations and ids of its own, so tests and reruns never see each other's data.
 */
@LocalStackTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "shortlist.query.retry.initial=200ms",
            "shortlist.query.retry.max=2s",
            "shortlist.query.sse.poll-interval=500ms"
        })
abstract class StackSupport {

    static final StackEndpoints STACK = StackSettings.fromEnvironment().endpoints();
    static final Path ISSUER_DIR = StackSettings.fromEnvironment().home().resolve("dev-issuer");
    static final DevTokenIssuer ISSUER = DevTokenIssuer.inDirectory(ISSUER_DIR);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaProducer<String, Object> producer;
    private static KafkaProducer<byte[], byte[]> rawProducer;

    @LocalServerPort
    int port;

    @Autowired
    TopicCatalog catalog;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", STACK::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", STACK::schemaRegistryUrl);
        registry.add("spring.elasticsearch.uris", STACK::elasticsearchUrl);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + ISSUER.publicKeyPem().toAbsolutePath());
    }

    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static synchronized KafkaProducer<String, Object> producer() {
        if (producer == null) {
            KafkaAvroSerializer values = new KafkaAvroSerializer();
            values.configure(
                    Map.of("schema.registry.url", STACK.schemaRegistryUrl(), "auto.register.schemas", true), false);
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            STACK.bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG,
                            "all"),
                    new StringSerializer(),
                    values);
        }
        return producer;
    }

    static synchronized KafkaProducer<byte[], byte[]> rawProducer() {
        if (rawProducer == null) {
            rawProducer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.bootstrapServers()),
                    new ByteArraySerializer(),
                    new ByteArraySerializer());
        }
        return rawProducer;
    }

    @AfterAll
    static synchronized void closeProducers() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        if (rawProducer != null) {
            rawProducer.close(Duration.ofSeconds(5));
            rawProducer = null;
        }
    }

    /** Publishes and waits for the broker's acknowledgement; the record's partition and offset. */
    static RecordMetadata publish(String topic, String key, SpecificRecord event) {
        try {
            return producer().send(new ProducerRecord<>(topic, key, event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    static String token(String org, String... roles) {
        return ISSUER.token(org, List.of(roles), Duration.ofMinutes(30));
    }

    /** GET with a bearer token (null for none); the status and the parsed JSON body. */
    Response get(String path, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            // Bounded, so that a stream that never ends fails the test instead of hanging it.
            HttpResponse<String> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .get(30, TimeUnit.SECONDS);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body =
                    response.body().isBlank() || !contentType.contains("json") ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), contentType, body);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, JsonNode body) {}
}
