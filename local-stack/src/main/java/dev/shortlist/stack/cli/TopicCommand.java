package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shortlist.schemas.serde.KafkaAvroDeserializer;
import dev.shortlist.stack.StackSettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code topic}: prints a topic's records, one JSON object a line, with Avro values decoded through
 * the schema registry; the stack ships no Kafka console tools, so this is how to look inside a topic.
 */
@Command(
        name = "topic",
        description = "Print a topic's records as JSON lines (Avro decoded through the schema registry).")
final class TopicCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic name, e.g. shortlist.batches.progress.v1.")
    String topic;

    @Option(
            names = "--max",
            defaultValue = "100",
            description = "Stop after this many records (default: ${DEFAULT-VALUE}; 0 = all).")
    int max;

    @Option(names = "--follow", description = "Keep printing new records until interrupted.")
    boolean follow;

    @Override
    public Integer call() {
        StackSettings settings = StackSettings.fromEnvironment();
        print(settings.bootstrapServers(), settings.schemaRegistryUrl(), topic, max, follow, System.out);
        return 0;
    }

    /** Reads from the beginning to the end offsets seen at the start (or on, when following). */
    static int print(
            String bootstrapServers, String registryUrl, String topic, int max, boolean follow, PrintStream out) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Committed records only, as the services read them.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaAvroDeserializer avro = new KafkaAvroDeserializer();
        avro.configure(Map.of("schema.registry.url", registryUrl), false);
        int printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                throw new CliException("No topic " + topic + " on " + bootstrapServers);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            while (max == 0 || printed < max) {
                if (!follow && assigned.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    out.println(line(record, avro));
                    if (++printed == max) {
                        break;
                    }
                }
                out.flush();
            }
        }
        return printed;
    }

    static String line(ConsumerRecord<byte[], byte[]> record, KafkaAvroDeserializer avro) {
        ObjectNode line = JSON.createObjectNode()
                .put("partition", record.partition())
                .put("offset", record.offset())
                .put("timestamp", record.timestamp())
                .put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        if (record.value() == null) {
            line.putNull("value");
        } else {
            String decoded;
            try {
                decoded = String.valueOf(avro.deserialize(record.topic(), record.value()));
            } catch (RuntimeException e) {
                // Not Confluent-framed Avro (dead letters keep the original bytes): print them as text.
                decoded = null;
                line.put("value", new String(record.value(), StandardCharsets.UTF_8));
            }
            if (decoded != null) {
                try {
                    line.set("value", JSON.readTree(decoded));
                } catch (java.io.IOException e) {
                    line.put("value", decoded);
                }
            }
        }
        if (record.headers().iterator().hasNext()) {
            ObjectNode headers = line.putObject("headers");
            for (Header header : record.headers()) {
                headers.put(
                        header.key(),
                        header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return line.toString();
    }
}
