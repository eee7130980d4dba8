package dev.shortlist.ingest.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * Rebuilds in-memory state from a topic: reads it from the beginning ({@code read_committed},
 * no consumer group, nothing committed), signals once it has reached the end offsets taken at
 * start, then keeps following it so writes by other instances are seen too. When Kafka fails, the
 * replay starts over from the beginning after {@code retryDelay}, for as long as the replayer runs.
 */
public final class TopicReplayer<V> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicReplayer.class);

    private final String topic;
    private final Function<Map<String, Object>, Consumer<String, V>> consumers;
    private final Map<String, Object> config;
    private final java.util.function.Consumer<V> apply;
    private final Runnable onCaughtUp;
    private final Duration pollTimeout;
    private final RetryTemplate retry;
    private volatile boolean running;
    private volatile Consumer<String, V> consumer;
    private Thread thread;

    /** A replayer reading with {@link KafkaConsumer}s built from {@code consumerConfig}. */
    public TopicReplayer(
            String topic,
            Map<String, Object> consumerConfig,
            Deserializer<V> values,
            java.util.function.Consumer<V> apply,
            Runnable onCaughtUp,
            Duration pollTimeout,
            Duration retryDelay) {
        this(
                topic,
                consumerConfig,
                config -> new KafkaConsumer<>(config, new StringDeserializer(), values),
                apply,
                onCaughtUp,
                pollTimeout,
                retryDelay);
    }

    /** A replayer reading with the consumers {@code consumers} builds, one per attempt (tests pass mock consumers). */
    TopicReplayer(
            String topic,
            Map<String, Object> consumerConfig,
            Function<Map<String, Object>, Consumer<String, V>> consumers,
            java.util.function.Consumer<V> apply,
            Runnable onCaughtUp,
            Duration pollTimeout,
            Duration retryDelay) {
        this.topic = topic;
        this.consumers = consumers;
        this.config = new HashMap<>(consumerConfig);
        this.config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A missing topic is an error to report (the topics command creates them), never one for
        // the broker to create with its defaults.
        this.config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-replay-" + topic);
        // Following a busy topic one small fetch per committed transaction costs the broker more
        // than the writes themselves; this instance applies its own writes directly, so waiting a
        // little to fetch other instances' writes in larger pieces loses nothing.
        this.config.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        this.config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 250);
        this.apply = apply;
        this.onCaughtUp = onCaughtUp;
        this.pollTimeout = pollTimeout;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Long.MAX_VALUE)
                .delay(retryDelay)
                // WakeupException is a KafkaException too: it means stop, not retry.
                .predicate(e -> running && e instanceof KafkaException && !(e instanceof WakeupException))
                .build());
        this.retry.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable e) {
                log.warn("Replaying {} failed, starting over: {}", topic, e.toString());
            }
        });
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "replay-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Consumer<String, V> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            // Cuts short a pause between attempts.
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            retry.execute(() -> {
                replayOnce();
                return null;
            });
        } catch (RetryException e) {
            if (running) {
                log.error("Stopped replaying {}: {}", topic, String.valueOf(e.getLastException()));
            }
        }
    }

    private void replayOnce() {
        if (!running) {
            return;
        }
        try (Consumer<String, V> kafka = consumers.apply(config)) {
            consumer = kafka;
            follow(kafka);
        } catch (WakeupException e) {
            // stop() asked the consumer to return.
        } finally {
            consumer = null;
        }
    }

    private void applyOne(ConsumerRecord<String, V> record) {
        try {
            apply.accept(record.value());
        } catch (RuntimeException e) {
            // One event the state cannot take must not stop the replay of all the others.
            log.error(
                    "Could not apply {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        }
    }

    private void follow(Consumer<String, V> kafka) {
        List<PartitionInfo> found = kafka.partitionsFor(topic, Duration.ofSeconds(10));
        List<TopicPartition> partitions = found == null
                ? List.of()
                : found.stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
        if (partitions.isEmpty()) {
            throw new KafkaException("Topic " + topic + " has no partitions yet");
        }
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions, Duration.ofSeconds(10));
        boolean caughtUp = false;
        long applied = 0;
        while (running) {
            try {
                for (ConsumerRecord<String, V> record : kafka.poll(pollTimeout)) {
                    if (record.value() != null) {
                        applyOne(record);
                        applied++;
                    }
                }
            } catch (RecordDeserializationException e) {
                // A record we cannot read tells us nothing about jobs or resumes: skip it, keep the rest.
                log.error(
                        "Skipping unreadable record {}@{} of {}: {}",
                        e.topicPartition(),
                        e.offset(),
                        topic,
                        e.getMessage());
                kafka.seek(e.topicPartition(), e.offset() + 1);
            }
            if (!caughtUp && end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                caughtUp = true;
                log.info("Replayed {} records of {}; following it", applied, topic);
                onCaughtUp.run();
            }
        }
    }
}
