package dev.shortlist.query.projection;

import dev.shortlist.schemas.topic.TopicCatalog;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The projector's Kafka side: one batch listener over every projected topic (consumer group
 * {@code shortlist-query-projector-v1}). Offsets are committed by the container after this method
 * returns (ack mode BATCH); an exception leaves them uncommitted and the error handler retries.
 */
@Component
@ConditionalOnProperty(name = "shortlist.query.projector.enabled", havingValue = "true", matchIfMissing = true)
class ProjectorListener {

    static final String ID = "shortlist-query-projector";

    private final Projector projector;

    ProjectorListener(Projector projector) {
        this.projector = projector;
    }

    @KafkaListener(
            id = ID,
            groupId = "${shortlist.query.projector.group:shortlist-query-projector-v1}",
            batch = "true",
            topics = {
                TopicCatalog.JOBS,
                TopicCatalog.RESUMES,
                TopicCatalog.RESUMES_PARSED,
                TopicCatalog.SCREENINGS,
                TopicCatalog.SCREENINGS_SCORED,
                TopicCatalog.BATCHES,
                TopicCatalog.BATCHES_PROGRESS,
                TopicCatalog.ERASURES
            })
    void project(List<ConsumerRecord<String, Object>> records) throws IOException {
        projector.project(records);
    }
}
