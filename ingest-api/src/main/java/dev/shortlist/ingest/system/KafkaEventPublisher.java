package dev.shortlist.ingest.system;

import java.util.List;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes events with a transactional producer: one Kafka transaction per call, so a batch's
 * events are committed together or aborted together. Producer timeouts ({@code max.block.ms},
 * {@code delivery.timeout.ms}) bound how long a request can wait when Kafka is down.
 */
final class KafkaEventPublisher implements EventPublisher {

    private final KafkaTemplate<String, Object> template;

    KafkaEventPublisher(KafkaTemplate<String, Object> template) {
        this.template = template;
    }

    @Override
    public void publish(List<OutgoingEvent> events) {
        try {
            template.executeInTransaction(operations -> {
                events.forEach(event -> operations.send(event.topic(), event.key(), event.value()));
                return null;
            });
        } catch (RuntimeException e) {
            throw new EventLogUnavailableException("The event log could not be written: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
