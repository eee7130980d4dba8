package dev.shortlist.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.junit.LocalStackTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The single-node broker supports transactions, which Kafka Streams' exactly_once_v2 relies on. */
@LocalStackTest(Component.KAFKA)
class KafkaTransactionsIT {

    @Test
    void readCommittedConsumersNeverSeeAbortedRecords(StackEndpoints endpoints) throws Exception {
        String topic = "transactions-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }

        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
        producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-" + topic);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            sendInTransaction(producer, topic, "committed-a", 10);
            producer.beginTransaction();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, "aborted-" + i));
            }
            producer.flush();
            producer.abortTransaction();
            sendInTransaction(producer, topic, "committed-b", 10);
        }

        List<String> committed = readToEnd(endpoints, topic, "read_committed");
        List<String> everything = readToEnd(endpoints, topic, "read_uncommitted");

        assertThat(committed).hasSize(20).allMatch(v -> v.startsWith("committed-"));
        assertThat(committed).startsWith("committed-a-0").endsWith("committed-b-9");
        // The aborted records did reach the log: only the isolation level hides them.
        assertThat(everything)
                .hasSize(25)
                .filteredOn(v -> v.startsWith("aborted-"))
                .hasSize(5);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.bootstrapServers()))) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    private static void sendInTransaction(
            KafkaProducer<String, String> producer, String topic, String prefix, int count) {
        producer.beginTransaction();
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, prefix + "-" + i));
        }
        producer.commitTransaction();
    }

    /** Reads the single partition up to its end offset (for read_committed, the last stable offset). */
    private static List<String> readToEnd(StackEndpoints endpoints, String topic, String isolation) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return consumer.position(partition) >= end;
            });
        }
        return values;
    }
}
