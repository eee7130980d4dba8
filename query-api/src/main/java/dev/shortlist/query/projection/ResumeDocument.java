package dev.shortlist.query.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resume's parsed profile as projected into {@code shortlist-resumes}. Facets (skills, titles,
 * languages, education levels) are flattened into keyword lists for filtering and charting; the
 * structured details are kept unindexed for display. The parts are unwrapped, so the document
 * stays one flat object with the template's field names.
 */
public record ResumeDocument(
        String resumeId,
        String organizationId,
        String batchId,
        String status,
        @JsonUnwrapped Profile profile,
        @JsonUnwrapped Parsing parsing,
        @JsonUnwrapped Erasure erasure,
        String lastEventId) {

    public static final String PENDING = "PENDING";
    public static final String PARSED = "PARSED";
    public static final String PARSE_FAILED = "PARSE_FAILED";
    public static final String ERASED = "ERASED";

    /** What was read from the resume; empty until it is parsed. */
    public record Profile(
            @JsonUnwrapped Candidate candidate,
            @JsonUnwrapped SkillFacets skillFacets,
            @JsonUnwrapped Background background,
            @JsonUnwrapped Content content) {
        public static final Profile NONE =
                new Profile(new Candidate(null, null, null, null), SkillFacets.NONE, Background.NONE, Content.NONE);
    }

    /** Who the candidate is: name and location (indexed), contact details and summary. */
    public record Candidate(String name, String location, Contact contact, String summary) {}

    /** Skills as keyword facets and with their details. */
    public record SkillFacets(
            List<String> skills, List<String> skillIds, List<String> skillCategories, List<Skill> skillDetails) {
        public static final SkillFacets NONE = new SkillFacets(List.of(), List.of(), List.of(), List.of());
    }

    /** Positions, education, spoken languages and certifications, with their keyword facets. */
    public record Background(
            List<String> titles,
            List<String> companies,
            List<Experience> experience,
            List<Education> education,
            List<String> educationLevels,
            List<String> languages,
            List<String> certifications) {
        public static final Background NONE =
                new Background(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The document itself: its language, total years, what was missing, its text and embedding. */
    public record Content(
            String documentLanguage,
            Double totalYears,
            List<String> missingFields,
            String text,
            List<Float> embedding,
            String embeddingModel) {
        public static final Content NONE = new Content(null, null, List.of(), null, null, null);
    }

    /** Which parser and taxonomy read the resume, when, and why it failed if it did. */
    public record Parsing(
            String parserVersion,
            String taxonomyVersion,
            @JsonUnwrapped Failure failure,
            Instant parsedAt) {
        public static final Parsing NONE = new Parsing(null, null, Failure.NONE, null);
    }

    /** Whether and when the candidate was erased. */
    public record Erasure(Boolean erased, Instant erasedAt) {
        public static final Erasure NOT_ERASED = new Erasure(false, null);
    }

    /** Contact details as parsed. */
    public record Contact(String name, String email, String phone, List<String> links, String location) {}

    /** A normalised skill with its months of use, when derivable. */
    public record Skill(String skillId, String name, String category, Integer monthsUsed, List<String> evidence) {}

    /** One position held. */
    public record Experience(
            String title,
            String company,
            String location,
            LocalDate start,
            LocalDate end,
            boolean current,
            Integer months,
            String description) {}

    /** One education entry. */
    public record Education(
            String degree, String level, String field, String institution, LocalDate start, LocalDate end) {}

    /** What is left of an erased resume: its id, its organization and when it was erased. */
    public static ResumeDocument erased(String resumeId, String organizationId, Instant erasedAt, String eventId) {
        return new ResumeDocument(
                resumeId,
                organizationId,
                null,
                ERASED,
                Profile.NONE,
                Parsing.NONE,
                new Erasure(true, erasedAt),
                eventId);
    }
}
