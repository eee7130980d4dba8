package dev.shortlist.query.projection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The latest outcome of one screening (one resume against one job) in {@code shortlist-screenings},
 * id {@code jobId:resumeId}. Matched and missing skills are flattened into keyword lists for the
 * ranking filters and skill-gap analytics; the full explanation is kept unindexed.
 */
public record ScreeningDocument(
        String screeningId,
        String jobId,
        String resumeId,
        String batchId,
        String organizationId,
        String status,
        Double score,
        String band,
        List<SubScore> subScores,
        List<String> matchedSkills,
        List<String> missingSkills,
        List<Matched> matched,
        List<Missing> missing,
        List<String> suggestions,
        String text,
        Integer jobRevision,
        String scorerVersion,
        String taxonomyVersion,
        Map<String, String> modelVersions,
        String failureReason,
        String failureDetail,
        Instant scoredAt,
        Boolean erased,
        String lastEventId) {

    public static final String SCORED = "SCORED";
    public static final String FAILED = "FAILED";
    public static final String ERASED = "ERASED";

    /** One scored category. */
    public record SubScore(String category, double score, double weight, String explanation) {}

    /** A requirement the resume meets, with the evidence found. */
    public record Matched(String requirement, String kind, String matchType, String matchedAs, double confidence,
                          List<EvidenceSpan> evidence) {}

    /** A requirement the resume does not show. */
    public record Missing(String requirement, String kind, String detail) {}

    /** Where in the resume's text a fact was found. */
    public record EvidenceSpan(String section, int start, int end, String text) {}

    /** What is left of a screening whose resume was erased. */
    public static ScreeningDocument erased(String screeningId, String jobId, String resumeId, String organizationId,
                                           String eventId) {
        return new ScreeningDocument(screeningId, jobId, resumeId, null, organizationId, ERASED, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, Map.of(), null, null,
                null, true, eventId);
    }
}
