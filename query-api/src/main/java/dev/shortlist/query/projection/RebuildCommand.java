package dev.shortlist.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The {@code rebuild} command: replays every projected topic into the indices of the next version
 * and swaps the aliases to them ({@link ProjectionRebuild}), with a consumer group and a projector
 * of its own, so the live projector of a running instance is untouched.
 */
public final class RebuildCommand {

    /** The program argument that runs the rebuild instead of the service. */
    public static final String ARGUMENT = "rebuild";

    /** A rebuild serves no HTTP and runs no live projector: it replays, swaps and exits. */
    public static final Map<String, Object> SETTINGS = Map.of(
            "spring.main.web-application-type", "none",
            "shortlist.query.projector.enabled", "false");

    private final ProjectionIndices indices;
    private final ElasticsearchClient client;
    private final ConsumerFactory<String, Object> consumers;
    private final DeadLetters deadLetters;
    private final Map<String, Serializer<Object>> serializers;
    private final Duration timeout;

    /**
     * @param serializers value serializer per projected topic: the topics replayed, and how an
     *                    event that cannot be projected is dead-lettered
     */
    public RebuildCommand(
            ProjectionIndices indices,
            ElasticsearchClient client,
            ConsumerFactory<String, Object> consumers,
            DeadLetters deadLetters,
            Map<String, Serializer<Object>> serializers,
            Duration timeout) {
        this.indices = indices;
        this.client = client;
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.serializers = Map.copyOf(serializers);
        this.timeout = timeout;
    }

    /** Rebuilds into the version after the newest one behind any alias. */
    public ProjectionRebuild.Report run() throws IOException {
        int version = nextVersion();
        Projector projector = new Projector(
                new ProjectionMapper(),
                BulkWriter.toVersion(client, version, false),
                new ProjectionLookups(client, projection -> projection.index(version)),
                deadLetters,
                new BatchProgressListeners(),
                serializers);
        List<String> topics = serializers.keySet().stream().sorted().toList();
        try (Consumer<String, Object> consumer =
                consumers.createConsumer("shortlist-query-rebuild-v" + version, null)) {
            return new ProjectionRebuild(indices).rebuild(version, topics, consumer, projector, timeout);
        }
    }

    int nextVersion() throws IOException {
        int newest = 0;
        for (Projection projection : Projection.values()) {
            newest = Math.max(newest, indices.currentVersion(projection).orElse(0));
        }
        return newest + 1;
    }
}
