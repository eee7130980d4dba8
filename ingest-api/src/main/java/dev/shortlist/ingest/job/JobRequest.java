package dev.shortlist.ingest.job;

import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.job.RemotePolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A job as a recruiter states it (JSON body of create and update; update replaces the whole job).
 * Skills are free text, normalised against the taxonomy when scored; languages are ISO 639-1 codes.
 */
public record JobRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200_000) String description,
        List<@NotBlank String> requiredSkills,
        List<@NotBlank String> preferredSkills,
        @PositiveOrZero Double minimumYears,
        EducationLevel educationLevel,
        @Size(max = 300) String location,
        RemotePolicy remote,
        List<@NotBlank @Size(min = 2, max = 3) String> languages,
        @Valid Weights weights) {

    /** Scoring weights; any left out take the scorer's default. They are normalised to sum to 1. */
    public record Weights(
            @PositiveOrZero Double requiredSkills,
            @PositiveOrZero Double preferredSkills,
            @PositiveOrZero Double experience,
            @PositiveOrZero Double education,
            @PositiveOrZero Double title,
            @PositiveOrZero Double languages,
            @PositiveOrZero Double semantic) {}

    public JobRequest withDescription(String newDescription) {
        return new JobRequest(
                title,
                newDescription,
                requiredSkills,
                preferredSkills,
                minimumYears,
                educationLevel,
                location,
                remote,
                languages,
                weights);
    }
}
