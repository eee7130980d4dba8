package dev.shortlist.schemas.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The one admin step that creates and verifies the catalog's topics: {@link #provision} creates what
 * is missing, {@link #check} only looks; both compare existing topics with the catalog (partition
 * count, {@code cleanup.policy}, {@code retention.ms}) and report a difference instead of altering
 * the topic, since changing partitions moves keys and changing cleanup can delete the event log.
 * Idempotent (a topic created concurrently by another run counts as existing), every broker call
 * bounded by the timeout. Used by the local stack, the tests and {@link TopicsCommand}; the
 * applications only {@link #check}.
 */
public final class TopicProvisioner {

    private final Admin admin;
    private final Duration timeout;

    /**
     * @param admin   an admin client for the cluster; not closed here
     * @param timeout the longest any one broker call may take
     */
    public TopicProvisioner(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Creates the missing topics with the given replication factor and verifies the existing ones. */
    public TopicReport provision(Collection<TopicSpec> specs, short replicationFactor) {
        return run(specs, replicationFactor, true);
    }

    /** Verifies the topics without creating any: missing ones are reported. */
    public TopicReport check(Collection<TopicSpec> specs) {
        return run(specs, (short) 0, false);
    }

    private TopicReport run(Collection<TopicSpec> specs, short replicationFactor, boolean create) {
        Map<String, TopicDescription> existing = describe(specs);
        List<TopicSpec> absent = specs.stream()
                .filter(spec -> !existing.containsKey(spec.name()))
                .toList();
        List<String> created = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (create && !absent.isEmpty()) {
            Map<String, KafkaFuture<Void>> results = admin.createTopics(
                            absent.stream()
                                    .map(spec -> spec.newTopic(replicationFactor))
                                    .toList(),
                            new CreateTopicsOptions().timeoutMs(timeoutMs()))
                    .values();
            List<TopicSpec> raced = new ArrayList<>();
            for (TopicSpec spec : absent) {
                try {
                    await(results.get(spec.name()), "creating " + spec.name());
                    created.add(spec.name());
                } catch (TopicExistsException e) {
                    // Another run created it between our look and our create: verify it as found.
                    raced.add(spec);
                }
            }
            existing.putAll(describe(raced));
        } else {
            absent.forEach(spec -> missing.add(spec.name()));
        }
        List<TopicSpec> found =
                specs.stream().filter(spec -> existing.containsKey(spec.name())).toList();
        Map<String, Config> configs = configs(found);
        List<String> verified = new ArrayList<>();
        List<TopicReport.Mismatch> mismatches = new ArrayList<>();
        for (TopicSpec spec : found) {
            List<TopicReport.Mismatch> differences =
                    compare(spec, existing.get(spec.name()).partitions().size(), configs.get(spec.name()));
            if (differences.isEmpty()) {
                verified.add(spec.name());
            } else {
                mismatches.addAll(differences);
            }
        }
        return new TopicReport(created, verified, missing, mismatches);
    }

    /** The differences between what the catalog says and what the broker has. */
    static List<TopicReport.Mismatch> compare(TopicSpec spec, int partitions, Config config) {
        List<TopicReport.Mismatch> mismatches = new ArrayList<>();
        if (partitions != spec.partitions()) {
            mismatches.add(new TopicReport.Mismatch(
                    spec.name(), "partitions", Integer.toString(spec.partitions()), Integer.toString(partitions)));
        }
        spec.configs().forEach((name, expected) -> {
            ConfigEntry entry = config == null ? null : config.get(name);
            String actual = entry == null ? null : entry.value();
            if (!expected.equals(actual)) {
                mismatches.add(new TopicReport.Mismatch(spec.name(), name, expected, String.valueOf(actual)));
            }
        });
        mismatches.sort((a, b) -> a.setting().compareTo(b.setting()));
        return mismatches;
    }

    private Map<String, TopicDescription> describe(Collection<TopicSpec> specs) {
        if (specs.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, KafkaFuture<TopicDescription>> futures = admin.describeTopics(
                        specs.stream().map(TopicSpec::name).toList(),
                        new DescribeTopicsOptions().timeoutMs(timeoutMs()))
                .topicNameValues();
        Map<String, TopicDescription> found = new HashMap<>();
        for (TopicSpec spec : specs) {
            try {
                found.put(spec.name(), await(futures.get(spec.name()), "describing " + spec.name()));
            } catch (UnknownTopicOrPartitionException e) {
                // Absent: reported or created by the caller.
            }
        }
        return found;
    }

    private Map<String, Config> configs(Collection<TopicSpec> specs) {
        if (specs.isEmpty()) {
            return Map.of();
        }
        Map<ConfigResource, KafkaFuture<Config>> futures = admin.describeConfigs(
                        specs.stream()
                                .map(spec -> new ConfigResource(ConfigResource.Type.TOPIC, spec.name()))
                                .toList(),
                        new DescribeConfigsOptions().timeoutMs(timeoutMs()))
                .values();
        Map<String, Config> configs = new HashMap<>();
        futures.forEach((resource, future) ->
                configs.put(resource.name(), await(future, "reading the settings of " + resource.name())));
        return configs;
    }

    /** Waits for one broker answer; Kafka's own errors are rethrown as they are, for callers to tell apart. */
    private <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Kafka failed " + what + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout.toSeconds() + " s " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }

    private int timeoutMs() {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }
}
