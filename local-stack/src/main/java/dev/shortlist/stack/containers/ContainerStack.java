package dev.shortlist.stack.containers;

import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka (KRaft), Confluent's schema registry and Elasticsearch as Docker containers on one network,
 * for the testcontainers mode of {@link dev.shortlist.stack.LocalStack}. Endpoints are the host ports
 * Docker mapped; containers stop with {@link #stop()} or, at the latest, with this JVM.
 */
public final class ContainerStack {

    /** How the registry container reaches the broker on the shared network. */
    private static final String KAFKA_ALIAS = "kafka";

    private static final String KAFKA_INTERNAL_LISTENER = KAFKA_ALIAS + ":19092";
    private static final int REGISTRY_PORT = 8081;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final ContainerImages images;
    private final Map<Component, GenericContainer<?>> running = new EnumMap<>(Component.class);
    private Network network;

    public ContainerStack(ContainerImages images) {
        this.images = images;
    }

    /** Starts the given components (and what they need) that are not running yet. */
    public synchronized void start(Set<Component> requested) {
        Set<Component> components = Component.withDependencies(requested);
        if (network == null) {
            network = Network.newNetwork();
        }
        // Started in dependency order: the registry keeps its schemas in Kafka.
        for (Component component : List.of(Component.KAFKA, Component.SCHEMA_REGISTRY, Component.ELASTICSEARCH)) {
            if (components.contains(component) && !running.containsKey(component)) {
                GenericContainer<?> container = create(component);
                container.start();
                running.put(component, container);
            }
        }
    }

    /** Whether the component's container was started here and still runs. */
    public synchronized boolean isRunning(Component component) {
        GenericContainer<?> container = running.get(component);
        return container != null && container.isRunning();
    }

    /** The mapped endpoints; a component not started yet has none ({@code null}). */
    public synchronized StackEndpoints endpoints() {
        return new StackEndpoints(
                running.containsKey(Component.KAFKA)
                        ? ((KafkaContainer) running.get(Component.KAFKA)).getBootstrapServers()
                        : null,
                running.containsKey(Component.SCHEMA_REGISTRY)
                        ? registryUrl(running.get(Component.SCHEMA_REGISTRY))
                        : null,
                running.containsKey(Component.ELASTICSEARCH)
                        ? "http://"
                                + ((ElasticsearchContainer) running.get(Component.ELASTICSEARCH)).getHttpHostAddress()
                        : null);
    }

    /** Stops every container (Elasticsearch, the registry, then Kafka) and the network. */
    public synchronized void stop() {
        for (Component component : List.of(Component.ELASTICSEARCH, Component.SCHEMA_REGISTRY, Component.KAFKA)) {
            GenericContainer<?> container = running.remove(component);
            if (container != null) {
                container.stop();
            }
        }
        if (network != null) {
            network.close();
            network = null;
        }
    }

    private GenericContainer<?> create(Component component) {
        return switch (component) {
            case KAFKA ->
                new KafkaContainer(DockerImageName.parse(images.kafka()).asCompatibleSubstituteFor("apache/kafka"))
                        .withNetwork(network)
                        .withNetworkAliases(KAFKA_ALIAS)
                        .withListener(KAFKA_INTERNAL_LISTENER)
                        // The same topic defaults as the embedded broker, so tests see one behaviour in both modes.
                        .withEnv("KAFKA_NUM_PARTITIONS", "3")
                        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                        .withStartupTimeout(START_TIMEOUT);
            case SCHEMA_REGISTRY ->
                new GenericContainer<>(DockerImageName.parse(images.registry()))
                        .withNetwork(network)
                        .withNetworkAliases("schema-registry")
                        .withExposedPorts(REGISTRY_PORT)
                        .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                        .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                        .withEnv(
                                "SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS",
                                "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                        .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(START_TIMEOUT));
            case ELASTICSEARCH ->
                new ElasticsearchContainer(DockerImageName.parse(images.elasticsearch())
                                .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
                        // As the embedded node: plain HTTP without passwords, a heap that fits beside the services.
                        .withEnv("xpack.security.enabled", "false")
                        .withEnv("discovery.type", "single-node")
                        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                        .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow&timeout=2s")
                                .forPort(9200)
                                .forStatusCode(200)
                                .withStartupTimeout(START_TIMEOUT));
        };
    }

    private static String registryUrl(GenericContainer<?> registry) {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
    }
}
