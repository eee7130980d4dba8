package dev.shortlist.stack.registry;

import java.io.IOException;

/**
 * A schema registry whose state lives in a Kafka topic: on start it creates the topic if needed,
 * reads it to the end, and only then opens its HTTP port, so a client never sees a partial state.
 */
public final class KafkaBackedRegistry implements AutoCloseable {

    private final KafkaSchemaLog log;
    private final SchemaRegistryServer server;
    private final int replayed;

    private KafkaBackedRegistry(KafkaSchemaLog log, SchemaRegistryServer server, int replayed) {
        this.log = log;
        this.server = server;
        this.replayed = replayed;
    }

    /** Starts a registry on {@code port} (0 for any free port) backed by {@code topic}. */
    public static KafkaBackedRegistry start(String bootstrapServers, String topic, int port) throws IOException {
        KafkaSchemaLog log = new KafkaSchemaLog(bootstrapServers, topic);
        try {
            log.createTopicIfMissing();
            SchemaRegistry registry = new SchemaRegistry(log);
            int replayed = log.replay(registry::apply);
            return new KafkaBackedRegistry(log, SchemaRegistryServer.start(registry, port), replayed);
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** How many topic records the start-up replay read. */
    public int replayedRecords() {
        return replayed;
    }

    @Override
    public void close() {
        server.close();
        log.close();
    }
}
