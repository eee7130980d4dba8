package dev.shortlist.query.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resume's parsed profile as projected into {@code shortlist-resumes}. Facets (skills, titles,
 * languages, education levels) are flattened into keyword lists for filtering and charting; the
 * structured details are kept unindexed for display.
 */
public record ResumeDocument(
        String resumeId,
        String organizationId,
        String batchId,
        String status,
        String name,
        String location,
        Contact contact,
        String summary,
        List<String> skills,
        List<String> skillIds,
        List<String> skillCategories,
        List<Skill> skillDetails,
        List<String> titles,
        List<String> companies,
        List<Experience> experience,
        List<Education> education,
        List<String> educationLevels,
        List<String> languages,
        List<String> certifications,
        String documentLanguage,
        Double totalYears,
        List<String> missingFields,
        String text,
        List<Float> embedding,
        String embeddingModel,
        String parserVersion,
        String taxonomyVersion,
        String failureReason,
        String failureDetail,
        Instant parsedAt,
        Boolean erased,
        Instant erasedAt,
        String lastEventId) {

    public static final String PARSED = "PARSED";
    public static final String PARSE_FAILED = "PARSE_FAILED";
    public static final String ERASED = "ERASED";

    /** Contact details as parsed. */
    public record Contact(String name, String email, String phone, List<String> links, String location) {}

    /** A normalised skill with its months of use, when derivable. */
    public record Skill(String skillId, String name, String category, Integer monthsUsed, List<String> evidence) {}

    /** One position held. */
    public record Experience(String title, String company, String location, LocalDate start, LocalDate end,
                             boolean current, Integer months, String description) {}

    /** One education entry. */
    public record Education(String degree, String level, String field, String institution, LocalDate start,
                            LocalDate end) {}

    /** What is left of an erased resume: its id, its organization and when it was erased. */
    public static ResumeDocument erased(String resumeId, String organizationId, Instant erasedAt, String eventId) {
        return new ResumeDocument(resumeId, organizationId, null, ERASED, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(), null, null, null, null, null, null, null, null, true, erasedAt, eventId);
    }
}
