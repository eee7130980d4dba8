package dev.shortlist.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopicReplayerTest {

    private static final String TOPIC = "shortlist.jobs.v1";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final AtomicBoolean caughtUp = new AtomicBoolean();
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Map<String, Object>> configs = new CopyOnWriteArrayList<>();
    private TopicReplayer<String> replayer;

    @AfterEach
    void stop() {
        if (replayer != null) {
            replayer.stop();
        }
    }

    @Test
    void aReplayThatFailsStartsOverUntilItCatchesUp() {
        // The first two consumers fail as an unreachable broker would; the third reads the topic.
        replayer = replayer(config -> {
            configs.add(config);
            MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
            if (attempts.incrementAndGet() <= 2) {
                consumer.setPollException(new KafkaException("broker unreachable"));
            }
            consumer.updatePartitions(
                    TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), new Node[0], new Node[0])));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.updateEndOffsets(Map.of(P0, 2L));
            consumer.schedulePollTask(() -> {
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0L, "a", "first"));
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1L, "b", "second"));
            });
            return consumer;
        });
        replayer.start();

        await().atMost(Duration.ofSeconds(10)).untilTrue(caughtUp);
        assertThat(attempts).hasValue(3);
        assertThat(applied).containsExactly("first", "second");
        assertThat(configs.get(0))
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false)
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG);
    }

    @Test
    void aTopicWithoutPartitionsIsRetriedNotTakenAsEmpty() {
        replayer = replayer(config -> {
            MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
            if (attempts.incrementAndGet() > 1) {
                consumer.updatePartitions(
                        TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), new Node[0], new Node[0])));
            }
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.updateEndOffsets(Map.of(P0, 0L));
            return consumer;
        });
        replayer.start();

        await().atMost(Duration.ofSeconds(10)).untilTrue(caughtUp);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void stopEndsTheReplayDuringAPauseBetweenAttempts() {
        replayer = new TopicReplayer<>(
                TOPIC,
                Map.of(ConsumerConfig.GROUP_ID_CONFIG, "ignored"),
                config -> {
                    attempts.incrementAndGet();
                    throw new KafkaException("broker unreachable");
                },
                applied::add,
                () -> caughtUp.set(true),
                Duration.ofMillis(20),
                Duration.ofMinutes(10));
        replayer.start();
        await().atMost(Duration.ofSeconds(10)).untilAtomic(attempts, org.hamcrest.Matchers.equalTo(1));

        long begin = System.nanoTime();
        replayer.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
        assertThat(attempts).hasValue(1);
        assertThat(caughtUp).isFalse();
    }

    private TopicReplayer<String> replayer(
            java.util.function.Function<Map<String, Object>, Consumer<String, String>> consumers) {
        return new TopicReplayer<>(
                TOPIC,
                Map.of(ConsumerConfig.GROUP_ID_CONFIG, "ignored"),
                consumers,
                applied::add,
                () -> caughtUp.set(true),
                Duration.ofMillis(20),
                Duration.ofMillis(10));
    }
}
