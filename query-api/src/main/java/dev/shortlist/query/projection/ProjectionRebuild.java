package dev.shortlist.query.projection;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every projection by replay: creates the indices of a new version, reads the projected
 * topics from the beginning up to their current end with a consumer of its own (its own group, so
 * the live projector is untouched), projects them with a projector writing into the new indices,
 * and then swaps each alias to the new index in one atomic {@code _aliases} request.
 *
 * <p>Events arriving during the replay are projected by the live projector into the old indices
 * and, after the swap, by the live projector into the new ones (it writes through the alias):
 * external versions make the overlap harmless.
 */
public final class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final ProjectionIndices indices;

    public ProjectionRebuild(ProjectionIndices indices) {
        this.indices = indices;
    }

    /** What a rebuild did. */
    public record Report(int version, long events, Duration took) {}

    /**
     * @param consumer  a consumer subscribed to nothing yet, with {@code auto.offset.reset=earliest}
     * @param projector a projector writing into {@code version}'s indices ({@link BulkWriter#toVersion})
     */
    public Report rebuild(
            int version, List<String> topics, Consumer<String, Object> consumer, Projector projector, Duration timeout)
            throws IOException {
        Instant start = Instant.now();
        for (Projection projection : Projection.values()) {
            indices.putTemplate(projection);
            indices.createIndex(projection, version);
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
        long events = 0;
        Instant deadline = start.plus(timeout);
        while (!caughtUp(consumer, end)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Replay did not reach the end of the topics within " + timeout);
            }
            ConsumerRecords<String, Object> records = consumer.poll(Duration.ofMillis(500));
            List<ConsumerRecord<String, Object>> batch = new ArrayList<>();
            records.forEach(batch::add);
            projector.project(batch);
            events += batch.size();
        }
        for (Projection projection : Projection.values()) {
            // Everything replayed is searchable before readers are switched over.
            indices.refresh(projection.index(version));
            indices.swapAlias(projection, projection.index(version));
        }
        Report report = new Report(version, events, Duration.between(start, Instant.now()));
        log.info("Rebuilt projections into version {} from {} events in {}", version, events, report.took());
        return report;
    }

    private static boolean caughtUp(Consumer<String, Object> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
