package dev.shortlist.ingest.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Rebuilds in-memory state from a topic: reads it from the beginning ({@code read_committed},
 * no consumer group, nothing committed), signals once it has reached the end offsets taken at
 * start, then keeps following it so writes by other instances are seen too.
 */
public final class TopicReplayer<V> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicReplayer.class);

    private final String topic;
    private final Map<String, Object> config;
    private final Deserializer<V> values;
    private final Consumer<V> apply;
    private final Runnable onCaughtUp;
    private final Duration pollTimeout;
    private volatile boolean running;
    private volatile KafkaConsumer<String, V> consumer;
    private Thread thread;

    public TopicReplayer(String topic, Map<String, Object> consumerConfig, Deserializer<V> values, Consumer<V> apply,
                         Runnable onCaughtUp, Duration pollTimeout) {
        this.topic = topic;
        this.config = new HashMap<>(consumerConfig);
        this.config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-replay-" + topic);
        // Following a busy topic one small fetch per committed transaction costs the broker more
        // than the writes themselves; this instance applies its own writes directly, so waiting a
        // little to fetch other instances' writes in larger pieces loses nothing.
        this.config.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        this.config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 250);
        this.values = values;
        this.apply = apply;
        this.onCaughtUp = onCaughtUp;
        this.pollTimeout = pollTimeout;
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
        KafkaConsumer<String, V> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
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
        while (running) {
            try (KafkaConsumer<String, V> kafka = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException e) {
                return;
            } catch (KafkaException e) {
                log.warn("Replaying {} failed, starting over: {}", topic, e.toString());
                pause();
            }
        }
    }

    /** Back off before starting over, so an unreachable broker does not turn into a busy loop. */
    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void applyOne(ConsumerRecord<String, V> record) {
        try {
            apply.accept(record.value());
        } catch (RuntimeException e) {
            // One event the state cannot take must not stop the replay of all the others.
            log.error("Could not apply {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        }
    }

    private void follow(KafkaConsumer<String, V> kafka) {
        List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
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
                log.error("Skipping unreadable record {}@{} of {}: {}", e.topicPartition(), e.offset(), topic, e.getMessage());
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
