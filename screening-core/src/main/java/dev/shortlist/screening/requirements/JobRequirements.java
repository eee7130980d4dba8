package dev.shortlist.screening.requirements;

import java.util.List;
import java.util.Optional;

/**
 * Everything the scorer checks for one job revision, from the recruiter's fields or, where
 * those are empty, extracted from the description.
 *
 * @param requirementSentences sentences of the description that state what the job needs or
 *                             does; with the title they are what the semantic layer compares
 * @param minimumYears         null when the job states none
 * @param languages            ISO 639-1 codes
 * @param extracted            what was extracted from the text rather than given (for audit)
 */
public record JobRequirements(
        String jobId,
        int revision,
        String title,
        List<SkillRequirement> skills,
        Double minimumYears,
        EducationLevel educationLevel,
        List<String> languages,
        List<String> requirementSentences,
        ScoringWeights weights,
        String taxonomyVersion,
        List<String> extracted) {

    public JobRequirements {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        requirementSentences = List.copyOf(requirementSentences);
        weights = weights == null ? ScoringWeights.DEFAULTS : weights;
        extracted = List.copyOf(extracted);
    }

    public List<SkillRequirement> requiredSkills() {
        return skills.stream().filter(SkillRequirement::required).toList();
    }

    public List<SkillRequirement> preferredSkills() {
        return skills.stream().filter(s -> !s.required()).toList();
    }

    public Optional<Double> minimumYearsStated() {
        return Optional.ofNullable(minimumYears);
    }
}
