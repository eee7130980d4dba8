package dev.shortlist.query.ranking;

import java.time.Instant;

/** One scoring of a screening: which scorer version and job revision gave which score. */
public record ScoreHistoryEntry(
        String eventId,
        Instant occurredAt,
        String status,
        Double score,
        String band,
        Integer jobRevision,
        String scorerVersion,
        String taxonomyVersion,
        String failureReason) {}
