package dev.shortlist.stack;

import dev.shortlist.stack.process.Probes;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Whether each embedded service answers on its configured port, and how long to wait for it. */
final class EmbeddedHealth {

    static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(120);
    static final Duration REGISTRY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration ELASTICSEARCH_TIMEOUT = Duration.ofSeconds(240);

    private final StackSettings settings;

    EmbeddedHealth(StackSettings settings) {
        this.settings = settings;
    }

    boolean isHealthy(Component component) {
        return switch (component) {
            case KAFKA -> Probes.isListening(settings.kafkaPort()) && kafkaAnswers();
            case SCHEMA_REGISTRY -> Probes.httpStatus(settings.schemaRegistryUrl() + "/subjects") == 200;
            case ELASTICSEARCH ->
                Probes.httpStatus(settings.elasticsearchUrl() + "/_cluster/health?wait_for_status=yellow&timeout=2s")
                        == 200;
        };
    }

    private boolean kafkaAnswers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-health");
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                    .nodes()
                    .get(6, TimeUnit.SECONDS)
                    .isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int port(Component component) {
        return switch (component) {
            case KAFKA -> settings.kafkaPort();
            case SCHEMA_REGISTRY -> settings.registryPort();
            case ELASTICSEARCH -> settings.elasticsearchPort();
        };
    }

    static Duration timeout(Component component) {
        return switch (component) {
            case KAFKA -> KAFKA_TIMEOUT;
            case SCHEMA_REGISTRY -> REGISTRY_TIMEOUT;
            case ELASTICSEARCH -> ELASTICSEARCH_TIMEOUT;
        };
    }

    static String describe(Component component) {
        return switch (component) {
            case KAFKA -> "Kafka";
            case SCHEMA_REGISTRY -> "Schema registry";
            case ELASTICSEARCH -> "Elasticsearch";
        };
    }
}
