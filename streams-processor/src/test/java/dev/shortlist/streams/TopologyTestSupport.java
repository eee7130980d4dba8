package dev.shortlist.streams;

import dev.shortlist.schemas.serde.MockSchemaRegistry;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.system.StreamsDefaults;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** A topic catalog on a private in-memory registry, and a test driver configured like production. */
public final class TopologyTestSupport implements AutoCloseable {

    private final String scope = "streams-test-" + UUID.randomUUID();
    private final TopicCatalog topics = new TopicCatalog(Map.of("schema.registry.url", "mock://" + scope), 1);

    public TopicCatalog topics() {
        return topics;
    }

    public TopologyTestDriver driver(Topology topology, Path stateDir) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "shortlist-streams-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.putAll(StreamsDefaults.enforced());
        return new TopologyTestDriver(topology, config, TestEvents.T0);
    }

    @Override
    public void close() {
        MockSchemaRegistry.dropScope(scope);
    }
}
