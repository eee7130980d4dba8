package dev.shortlist.query.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends events the projector cannot project to the projection dead-letter topic, as received
 * (original key and value bytes), with headers saying why and where they came from. A send is
 * awaited, so an offset is never committed past an event that is neither projected nor
 * dead-lettered.
 */
public final class DeadLetters {

    public static final String REASON = "shortlist.dlq.reason";
    public static final String DETAIL = "shortlist.dlq.detail";
    public static final String ORIGINAL_TOPIC = "shortlist.dlq.original.topic";
    public static final String ORIGINAL_PARTITION = "shortlist.dlq.original.partition";
    public static final String ORIGINAL_OFFSET = "shortlist.dlq.original.offset";
    public static final String FAILED_AT = "shortlist.dlq.failed.at";

    /** Why an event was dead-lettered. */
    public enum Reason {
        /** The bytes are not a readable event of the topic's schema. */
        DESERIALIZATION_FAILED,
        /** The event type has no projection, or mapping it failed. */
        MAPPING_FAILED,
        /** Elasticsearch refused a document built from the event (e.g. a mapping conflict). */
        REJECTED_BY_ELASTICSEARCH
    }

    private final KafkaOperations<byte[], byte[]> kafka;
    private final String topic;

    public DeadLetters(KafkaOperations<byte[], byte[]> kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    public void send(EventPosition position, String key, byte[] value, Reason reason, String detail) {
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(topic, null, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        Headers headers = record.headers();
        headers.add(REASON, bytes(reason.name()));
        headers.add(DETAIL, bytes(detail == null ? "" : truncate(detail)));
        headers.add(ORIGINAL_TOPIC, bytes(position.topic()));
        headers.add(ORIGINAL_PARTITION, bytes(Integer.toString(position.partition())));
        headers.add(ORIGINAL_OFFSET, bytes(Long.toString(position.offset())));
        headers.add(FAILED_AT, bytes(Instant.now().toString()));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering " + position, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not dead-letter " + position, e);
        }
    }

    private static String truncate(String detail) {
        return detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
