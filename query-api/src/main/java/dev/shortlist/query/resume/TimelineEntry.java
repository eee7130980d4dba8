package dev.shortlist.query.resume;

import java.time.Instant;
import java.util.Map;

/** One event of a resume's audit timeline. */
public record TimelineEntry(
        String eventId,
        String eventType,
        Instant occurredAt,
        String summary,
        String jobId,
        String batchId,
        String actor,
        String correlationId,
        Map<String, Object> details) {}
