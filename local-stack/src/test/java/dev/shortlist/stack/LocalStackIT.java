package dev.shortlist.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.stack.process.Probes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** Start, reuse and stop, on ports of its own so the shared test stack is not disturbed. */
class LocalStackIT {

    final StackSettings shared = StackSettings.fromEnvironment();
    final StackSettings own = new StackSettings(
            shared.home().resolveSibling(shared.home().getFileName() + "-lifecycle"),
            shared.distributionDir(),
            shared.kafkaPort() + 100,
            shared.kafkaControllerPort() + 100,
            shared.registryPort() + 100,
            shared.elasticsearchPort() + 100,
            shared.elasticsearchTransportPort() + 100,
            shared.elasticsearchHeap(),
            shared.elasticsearchJavaOpts(),
            shared.elasticsearchUser(),
            shared.kafkaJavaOpts(),
            StackSettings.Mode.EMBEDDED);

    @Test
    void startsWhatIsMissingReusesWhatRunsAndStopsOnlyWhatItStarted() throws Exception {
        String topic = "survives-restarts-" + UUID.randomUUID();
        int schemaId;
        Set<Component> kafkaAndRegistry = EnumSet.of(Component.SCHEMA_REGISTRY);
        LocalStack owner = new LocalStack(own);
        try {
            LocalStack.StartReport first = owner.start(kafkaAndRegistry);
            assertThat(first.components())
                    .extracting(LocalStack.ComponentStart::origin)
                    .containsExactly(LocalStack.Origin.STARTED, LocalStack.Origin.STARTED);
            assertThat(Files.readString(own.runDir().resolve("kafka.pid")).trim())
                    .isEqualTo(Long.toString(first.components().get(0).pid()));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", own.bootstrapServers()))) {
                admin.createTopics(java.util.List.of(new NewTopic(topic, 1, (short) 1)))
                        .all()
                        .get();
            }
            schemaId = register(own.schemaRegistryUrl(), topic + "-value", SCHEMA);

            LocalStack guest = new LocalStack(own);
            LocalStack.StartReport second = guest.start(kafkaAndRegistry);
            assertThat(second.components())
                    .extracting(LocalStack.ComponentStart::origin)
                    .containsExactly(LocalStack.Origin.REUSED, LocalStack.Origin.REUSED);
            guest.stop();
            assertThat(guest.status().get(Component.KAFKA).healthy()).isTrue();
            assertThat(guest.status().get(Component.KAFKA).ownedHere()).isFalse();
            assertThat(owner.status().get(Component.SCHEMA_REGISTRY).ownedHere())
                    .isTrue();
        } finally {
            Duration stopped = owner.stop();
            assertThat(stopped).isLessThan(Duration.ofSeconds(30));
        }
        assertThat(Probes.isListening(own.kafkaPort())).isFalse();
        assertThat(Probes.isListening(own.registryPort())).isFalse();
        assertThat(own.runDir().resolve("kafka.pid")).doesNotExist();

        // The broker's data directory is persistent: a new broker finds the topic again, and a new
        // registry reads its schemas back from _schemas.
        try (LocalStack again = new LocalStack(own)) {
            again.start(kafkaAndRegistry);
            assertThat(register(own.schemaRegistryUrl(), "other-" + topic + "-value", SCHEMA))
                    .isEqualTo(schemaId);
            HttpResponse<String> byId = HTTP.send(
                    HttpRequest.newBuilder(URI.create(own.schemaRegistryUrl() + "/schemas/ids/" + schemaId))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(byId.statusCode()).isEqualTo(200);
            assertThat(byId.body()).contains("Survivor");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", own.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(topic);
                admin.deleteTopics(java.util.List.of(topic)).all().get();
            }
        }
        assertThat(Probes.isListening(own.kafkaPort())).isFalse();
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Survivor\",\"fields\":[]}";

    static int register(String registryUrl, String subject, String schema) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(registryUrl + "/subjects/" + subject + "/versions"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.createObjectNode().put("schema", schema).toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("id").asInt();
    }
}
