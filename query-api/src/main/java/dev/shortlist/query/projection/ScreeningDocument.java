package dev.shortlist.query.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The latest outcome of one screening (one resume against one job) in {@code shortlist-screenings},
 * id {@code jobId:resumeId}. Matched and missing skills are flattened into keyword lists for the
 * ranking filters and skill-gap analytics; the full explanation is kept unindexed. The parts are
 * unwrapped, so the document stays one flat object with the template's field names.
 */
public record ScreeningDocument(
        String screeningId,
        @JsonUnwrapped ScreeningKeys keys,
        String status,
        @JsonUnwrapped Result result,
        @JsonUnwrapped Explanation explanation,
        @JsonUnwrapped Versions versions,
        @JsonUnwrapped Failure failure,
        @JsonUnwrapped Written written) {

    public static final String SCORED = "SCORED";
    public static final String FAILED = "FAILED";
    public static final String ERASED = "ERASED";

    /** The score, its band and the per-category sub-scores behind it. */
    public record Result(Double score, String band, List<SubScore> subScores) {
        public static final Result NONE = new Result(null, null, List.of());
    }

    /** What the score rests on: matched and missing requirements with evidence, suggestions, searchable text. */
    public record Explanation(
            List<String> matchedSkills,
            List<String> missingSkills,
            List<Matched> matched,
            List<Missing> missing,
            List<String> suggestions,
            String text) {
        public static final Explanation NONE =
                new Explanation(List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** Which job revision, scorer, taxonomy and models produced the result. */
    public record Versions(
            Integer jobRevision, String scorerVersion, String taxonomyVersion, Map<String, String> modelVersions) {
        public static final Versions NONE = new Versions(null, null, null, Map.of());
    }

    /** When the outcome was recorded, whether the resume was erased since, and by which event. */
    public record Written(Instant scoredAt, Boolean erased, String lastEventId) {}

    /** One scored category. */
    public record SubScore(String category, double score, double weight, String explanation) {}

    /** A requirement the resume meets, with the evidence found. */
    public record Matched(
            String requirement,
            String kind,
            String matchType,
            String matchedAs,
            double confidence,
            List<EvidenceSpan> evidence) {}

    /** A requirement the resume does not show. */
    public record Missing(String requirement, String kind, String detail) {}

    /** Where in the resume's text a fact was found. */
    public record EvidenceSpan(String section, int start, int end, String text) {}

    /** What is left of a screening whose resume was erased. */
    public static ScreeningDocument erased(String screeningId, ScreeningKeys keys, String eventId) {
        return new ScreeningDocument(
                screeningId,
                new ScreeningKeys(keys.jobId(), keys.resumeId(), null, keys.organizationId()),
                ERASED,
                Result.NONE,
                Explanation.NONE,
                Versions.NONE,
                Failure.NONE,
                new Written(null, true, eventId));
    }
}
