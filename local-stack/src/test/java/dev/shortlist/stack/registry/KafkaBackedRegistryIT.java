package dev.shortlist.stack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.junit.LocalStackTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * Schemas outlive the registry: a restarted registry reads its topic back and serves the same ids.
 * Uses a topic of its own so that it never writes into the stack registry's {@code _schemas}.
 */
@LocalStackTest(Component.KAFKA)
class KafkaBackedRegistryIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void idsVersionsAndConfigurationSurviveARestart(LocalStack stack) throws Exception {
        String topic = "_schemas-restart-" + UUID.randomUUID();
        String v1 = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"x\",\"type\":\"long\"}]}";
        String v2 = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"x\",\"type\":\"long\"},"
                + "{\"name\":\"y\",\"type\":\"string\",\"default\":\"\"}]}";
        String other = "{\"type\":\"record\",\"name\":\"B\",\"fields\":[{\"name\":\"z\",\"type\":\"int\"}]}";

        int id1;
        int id2;
        try (KafkaBackedRegistry first = KafkaBackedRegistry.start(stack.bootstrapServers(), topic, 0)) {
            assertThat(first.replayedRecords()).isZero();
            id1 = register(first.url(), "a-value", v1);
            id2 = register(first.url(), "a-value", v2);
            send(first.url(), "PUT", "/config/a-value", "{\"compatibility\":\"FULL\"}");
        }

        try (KafkaBackedRegistry restarted = KafkaBackedRegistry.start(stack.bootstrapServers(), topic, 0)) {
            assertThat(restarted.replayedRecords()).isEqualTo(3);
            JsonNode latest = send(restarted.url(), "GET", "/subjects/a-value/versions/latest", null);
            assertThat(latest.get("id").asInt()).isEqualTo(id2);
            assertThat(latest.get("version").asInt()).isEqualTo(2);
            assertThat(send(restarted.url(), "GET", "/schemas/ids/" + id1, null)
                            .get("schema")
                            .asText())
                    .isEqualTo(JSON.readTree(v1).toString());
            assertThat(send(restarted.url(), "GET", "/config/a-value", null)
                            .get("compatibilityLevel")
                            .asText())
                    .isEqualTo("FULL");
            // New schemas continue after the ids read back, and known schemas keep theirs.
            assertThat(register(restarted.url(), "b-value", other)).isEqualTo(Math.max(id1, id2) + 1);
            assertThat(register(restarted.url(), "copy-value", v1)).isEqualTo(id1);
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    static int register(String url, String subject, String schema) throws Exception {
        String body = JSON.createObjectNode().put("schema", schema).toString();
        return send(url, "POST", "/subjects/" + subject + "/versions", body)
                .get("id")
                .asInt();
    }

    static JsonNode send(String url, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
