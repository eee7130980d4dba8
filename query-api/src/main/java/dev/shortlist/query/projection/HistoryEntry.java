package dev.shortlist.query.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Map;

/**
 * One event in the audit timeline ({@code shortlist-history}, id = eventId): what happened to which
 * entity, when, by whom, with the event's salient details. The parts are unwrapped, so the entry
 * stays one flat object with the template's field names.
 */
public record HistoryEntry(
        String eventId,
        String eventType,
        @JsonUnwrapped Source source,
        String organizationId,
        @JsonUnwrapped Subject subject,
        @JsonUnwrapped Origin origin,
        @JsonUnwrapped Description description,
        Boolean erased) {

    /** Where the event sits in the log. */
    public record Source(String topic, int partition, long offset) {}

    /** The entity the event is about, and the job, resume and batch it concerns. */
    public record Subject(String entityType, String entityId, String jobId, String resumeId, String batchId) {}

    /** When the event happened, who caused it, in which correlation, written by which service. */
    public record Origin(Instant occurredAt, String actor, String correlationId, String producer) {}

    /** What the timeline shows: a one-line summary and the event's salient details. */
    public record Description(String summary, Map<String, Object> details) {}

    /** The same entry with its content removed, for an erased candidate. */
    public HistoryEntry blanked() {
        return new HistoryEntry(
                eventId,
                eventType,
                source,
                organizationId,
                subject,
                new Origin(origin.occurredAt(), null, null, origin.producer()),
                new Description("Erased on the candidate's request", Map.of()),
                true);
    }
}
