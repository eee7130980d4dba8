package dev.shortlist.streams.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.topic.TopicCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** The deserialization handler the application configures turns a poison record into a dead letter and goes on. */
class DeadLetterHandlingTest {

    @Test
    void aPoisonRecordBecomesADeadLetterWithItsOriginInHeadersAndProcessingResumes() throws Exception {
        Map<String, Object> config = StreamsDefaults.enforced();
        DeserializationExceptionHandler handler = Utils.newInstance(
                (Class<?>) config.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG),
                DeserializationExceptionHandler.class);
        handler.configure(config);
        byte[] key = "RES_1".getBytes(StandardCharsets.UTF_8);
        byte[] value = "not avro".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> poison = new ConsumerRecord<>(TopicCatalog.RESUMES, 2, 41L, key, value);

        DeserializationExceptionHandler.Response response = handler.handleError(
                context(TopicCatalog.RESUMES, 2, 41L, key, value),
                poison,
                new SerializationException("Unknown magic byte"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo(TopicCatalog.STREAMS_DLQ);
        assertThat(dead.key()).isEqualTo(key);
        assertThat(dead.value()).isEqualTo(value);
        assertThat(header(dead, "__streams.errors.exception")).contains("SerializationException");
        assertThat(header(dead, "__streams.errors.message")).isEqualTo("Unknown magic byte");
        assertThat(header(dead, "__streams.errors.topic")).isEqualTo(TopicCatalog.RESUMES);
        assertThat(header(dead, "__streams.errors.partition")).isEqualTo("2");
        assertThat(header(dead, "__streams.errors.offset")).isEqualTo("41");
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ErrorHandlerContext context(String topic, int partition, long offset, byte[] key, byte[] value) {
        return new ErrorHandlerContext() {
            public String topic() {
                return topic;
            }

            public int partition() {
                return partition;
            }

            public long offset() {
                return offset;
            }

            public org.apache.kafka.common.header.Headers headers() {
                return new RecordHeaders();
            }

            public String processorNodeId() {
                return "parsing-resumes-source";
            }

            public TaskId taskId() {
                return new TaskId(0, partition);
            }

            public long timestamp() {
                return 0L;
            }

            public byte[] sourceRawKey() {
                return key;
            }

            public byte[] sourceRawValue() {
                return value;
            }
        };
    }
}
