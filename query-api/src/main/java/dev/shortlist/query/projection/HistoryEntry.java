package dev.shortlist.query.projection;

import java.time.Instant;
import java.util.Map;

/**
 * One event in the audit timeline ({@code shortlist-history}, id = eventId): what happened to which
 * entity, when, by whom, with the event's salient details.
 */
public record HistoryEntry(
        String eventId,
        String eventType,
        String topic,
        int partition,
        long offset,
        String organizationId,
        String entityType,
        String entityId,
        String jobId,
        String resumeId,
        String batchId,
        Instant occurredAt,
        String actor,
        String correlationId,
        String producer,
        String summary,
        Map<String, Object> details,
        Boolean erased) {

    /** The same entry with its content removed, for an erased candidate. */
    public HistoryEntry blanked() {
        return new HistoryEntry(eventId, eventType, topic, partition, offset, organizationId, entityType, entityId,
                jobId, resumeId, batchId, occurredAt, null, null, producer, "Erased on the candidate's request",
                Map.of(), true);
    }
}
