package dev.shortlist.query.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * One scoring of a screening, kept per event in {@code shortlist-screening-history} so that scores
 * of earlier scorer versions and job revisions stay comparable after a rescore.
 */
public record ScoreHistoryDocument(
        String eventId,
        String screeningId,
        @JsonUnwrapped ScreeningKeys keys,
        String status,
        @JsonUnwrapped Outcome outcome,
        Instant occurredAt,
        Boolean erased) {

    /** The score and band (or the failure reason) and the versions that produced them. */
    public record Outcome(
            Double score,
            String band,
            Integer jobRevision,
            String scorerVersion,
            String taxonomyVersion,
            String failureReason) {
        public static final Outcome NONE = new Outcome(null, null, null, null, null, null);
    }

    /** What is left of the entry once its resume was erased: which screening was scored when. */
    public ScoreHistoryDocument erasedCopy() {
        return new ScoreHistoryDocument(
                eventId,
                screeningId,
                new ScreeningKeys(keys.jobId(), keys.resumeId(), null, keys.organizationId()),
                ScreeningDocument.ERASED,
                Outcome.NONE,
                occurredAt,
                true);
    }
}
