package dev.shortlist.screening.candidate;

import dev.shortlist.screening.requirements.EducationLevel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scorer's only view of a candidate, blind by construction: it has no field for a name,
 * contact details, address or location, photo, age or birth date, or gender. Whatever is not
 * here cannot influence a score.
 *
 * @param headline    the professional headline or target title, e.g. "Senior Accountant"
 * @param summary     the summary or profile paragraph
 * @param skillsText  the skills section as written (for semantic matching)
 * @param skills      skills recognised by the taxonomy, with evidence and months of use
 * @param experience  roles, most recent first
 * @param education   degrees and certificates
 * @param languages   spoken languages as ISO 639-1 codes
 * @param totalYears  total years of professional experience
 * @param profileGaps names of resume fields the parser found missing (e.g. {@code email},
 *                    {@code phone}) — names only, never the values
 */
public record CandidateProfile(
        String headline,
        String summary,
        String skillsText,
        List<CandidateSkill> skills,
        List<Experience> experience,
        List<Education> education,
        List<String> languages,
        double totalYears,
        Set<String> profileGaps)
        implements java.io.Serializable {

    public CandidateProfile {
        headline = headline == null ? "" : headline.strip();
        summary = summary == null ? "" : summary.strip();
        skillsText = skillsText == null ? "" : skillsText.strip();
        skills = List.copyOf(skills);
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        languages = List.copyOf(languages);
        // Sorted, so results list them in the same order on every run.
        profileGaps = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(profileGaps));
    }

    /** A skill the candidate shows. */
    public record CandidateSkill(String skillId, String name, int months, List<EvidenceSpan> evidence)
            implements java.io.Serializable {
        public CandidateSkill {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One role. {@code end} null means current.
     *
     * @param months duration in months (computed by the parser against the upload date)
     */
    public record Experience(String title, YearMonth start, YearMonth end, int months, String description)
            implements java.io.Serializable {
        public Experience {
            title = title == null ? "" : title.strip();
            description = description == null ? "" : description.strip();
        }
    }

    /** One degree or certificate. */
    public record Education(EducationLevel level, String field) implements java.io.Serializable {
        public Education {
            field = field == null ? "" : field.strip();
        }
    }

    /** Highest stated education level, UNKNOWN when none is stated. */
    public EducationLevel highestEducation() {
        return education.stream()
                .map(Education::level)
                .filter(EducationLevel::isStated)
                .max(Enum::compareTo)
                .orElse(EducationLevel.UNKNOWN);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a profile field by field, for mappers and tests. */
    public static final class Builder {
        private String headline = "";
        private String summary = "";
        private String skillsText = "";
        private final List<CandidateSkill> skills = new ArrayList<>();
        private final List<Experience> experience = new ArrayList<>();
        private final List<Education> education = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private double totalYears;
        private final Set<String> profileGaps = new TreeSet<>();

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder skillsText(String skillsText) {
            this.skillsText = skillsText;
            return this;
        }

        public Builder skill(String skillId, String name, int months, EvidenceSpan... evidence) {
            skills.add(new CandidateSkill(skillId, name, months, List.of(evidence)));
            return this;
        }

        public Builder skill(CandidateSkill skill) {
            skills.add(skill);
            return this;
        }

        public Builder experience(String title, YearMonth start, YearMonth end, int months, String description) {
            experience.add(new Experience(title, start, end, months, description));
            return this;
        }

        public Builder education(EducationLevel level, String field) {
            education.add(new Education(level, field));
            return this;
        }

        public Builder language(String isoCode) {
            languages.add(isoCode);
            return this;
        }

        public Builder totalYears(double totalYears) {
            this.totalYears = totalYears;
            return this;
        }

        public Builder profileGap(String fieldName) {
            profileGaps.add(fieldName);
            return this;
        }

        public CandidateProfile build() {
            return new CandidateProfile(
                    headline, summary, skillsText, skills, experience, education, languages, totalYears, profileGaps);
        }
    }
}
