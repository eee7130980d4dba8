package dev.shortlist.query.ranking;

import dev.shortlist.query.projection.ScreeningDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Why a resume scored what it did against a job: sub-scores, matched and missing requirements with evidence. */
public record ScreeningExplanation(
        String screeningId,
        String jobId,
        String resumeId,
        String batchId,
        String status,
        Double score,
        String band,
        List<ScreeningDocument.SubScore> subScores,
        List<ScreeningDocument.Matched> matched,
        List<ScreeningDocument.Missing> missing,
        List<String> suggestions,
        Integer jobRevision,
        String scorerVersion,
        String taxonomyVersion,
        Map<String, String> modelVersions,
        String failureReason,
        String failureDetail,
        Instant scoredAt) {

    static ScreeningExplanation of(ScreeningDocument d) {
        return new ScreeningExplanation(d.screeningId(), d.jobId(), d.resumeId(), d.batchId(), d.status(), d.score(),
                d.band(), d.subScores(), d.matched(), d.missing(), d.suggestions(), d.jobRevision(), d.scorerVersion(),
                d.taxonomyVersion(), d.modelVersions(), d.failureReason(), d.failureDetail(), d.scoredAt());
    }
}
