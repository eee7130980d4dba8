package dev.shortlist.query.projection;

import java.time.Instant;

/**
 * One scoring of a screening, kept per event in {@code shortlist-screening-history} so that scores
 * of earlier scorer versions and job revisions stay comparable after a rescore.
 */
public record ScoreHistoryDocument(
        String eventId,
        String screeningId,
        String jobId,
        String resumeId,
        String batchId,
        String organizationId,
        String status,
        Double score,
        String band,
        Integer jobRevision,
        String scorerVersion,
        String taxonomyVersion,
        String failureReason,
        Instant occurredAt,
        Boolean erased) {}
