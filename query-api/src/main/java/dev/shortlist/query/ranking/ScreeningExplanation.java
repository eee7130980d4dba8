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
        ScreeningDocument.Versions v = d.versions();
        return new ScreeningExplanation(
                d.screeningId(),
                d.keys().jobId(),
                d.keys().resumeId(),
                d.keys().batchId(),
                d.status(),
                d.result().score(),
                d.result().band(),
                d.result().subScores(),
                d.explanation().matched(),
                d.explanation().missing(),
                d.explanation().suggestions(),
                v.jobRevision(),
                v.scorerVersion(),
                v.taxonomyVersion(),
                v.modelVersions(),
                d.failure().failureReason(),
                d.failure().failureDetail(),
                d.written().scoredAt());
    }
}
