package dev.shortlist.streams.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/** Streams settings that hold in every environment, whatever the configuration files say. */
public final class StreamsDefaults {

    private StreamsDefaults() {}

    public static Map<String, Object> enforced() {
        return Map.of(
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
                // Kafka's own dead-letter support: the built-in "continue" handlers send the record as
                // received to this topic with __streams.errors.* headers (exception, message, stack
                // trace, source topic, partition, offset) and the stream goes on.
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TopicCatalog.STREAMS_DLQ,
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        LogAndContinueProcessingExceptionHandler.class);
        // Production failures keep Kafka's default: retry what is retriable, otherwise fail the
        // thread, which the budgeted uncaught-exception handler replaces.
    }
}
