package dev.shortlist.screening.requirements;

import java.util.List;

/**
 * What a recruiter states about a job; mirrors the Avro {@code JobDefinition}. Structured
 * fields are optional: empty lists, a null {@code minimumYears}, an UNKNOWN education level
 * or null weights mean "extract from the description" or "use the defaults".
 *
 * @param languages spoken languages required, ISO 639-1 codes
 */
public record JobSpec(
        String jobId,
        int revision,
        String title,
        String description,
        List<String> requiredSkills,
        List<String> preferredSkills,
        Double minimumYears,
        EducationLevel educationLevel,
        List<String> languages,
        ScoringWeights weights) {

    public JobSpec {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description;
        requiredSkills = List.copyOf(requiredSkills);
        preferredSkills = List.copyOf(preferredSkills);
        educationLevel = educationLevel == null ? EducationLevel.UNKNOWN : educationLevel;
        languages = List.copyOf(languages);
    }

    /** A job given only by its title and description: everything else is extracted. */
    public static JobSpec ofText(String jobId, int revision, String title, String description) {
        return new JobSpec(
                jobId,
                revision,
                title,
                description,
                List.of(),
                List.of(),
                null,
                EducationLevel.UNKNOWN,
                List.of(),
                null);
    }

    public JobSpec withSkills(List<String> required, List<String> preferred) {
        return new JobSpec(
                jobId,
                revision,
                title,
                description,
                required,
                preferred,
                minimumYears,
                educationLevel,
                languages,
                weights);
    }

    public JobSpec withMinimumYears(Double years) {
        return new JobSpec(
                jobId,
                revision,
                title,
                description,
                requiredSkills,
                preferredSkills,
                years,
                educationLevel,
                languages,
                weights);
    }

    public JobSpec withWeights(ScoringWeights newWeights) {
        return new JobSpec(
                jobId,
                revision,
                title,
                description,
                requiredSkills,
                preferredSkills,
                minimumYears,
                educationLevel,
                languages,
                newWeights);
    }
}
