package dev.shortlist.schemas.topic;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How a topic is created: name, partitions, cleanup and retention, and what its records are.
 *
 * @param name        topic name, lowercase, dot-separated, versioned ({@code shortlist.jobs.v1})
 * @param partitions  partition count; all events of one key stay in one partition
 * @param compacted   {@code cleanup.policy=compact} (latest value per key) instead of {@code delete}
 * @param retention   retention for delete topics; {@code null} keeps records forever (the event log)
 * @param key         what the record key is, e.g. {@code jobId}
 * @param valueType   the Avro class of the value, or {@code byte[]} for dead-letter topics
 */
public record TopicSpec(
        String name, int partitions, boolean compacted, Duration retention, String key, Class<?> valueType) {

    /** The Kafka topic to create, with the given replication factor. */
    public NewTopic newTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }

    /** The topic settings this spec fixes, under Kafka's names; what {@link TopicProvisioner} verifies. */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG,
                retention == null ? "-1" : Long.toString(retention.toMillis()));
    }
}
