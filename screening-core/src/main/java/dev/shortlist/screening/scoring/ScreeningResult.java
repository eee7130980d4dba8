package dev.shortlist.screening.scoring;

import dev.shortlist.screening.requirements.RequirementKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scored screening of one resume against one job revision; mirrors the Avro
 * {@code ScreeningScored} so the event is a field-by-field copy. A result never rejects: the
 * band is a reading aid and every candidate stays in the ranking.
 *
 * @param score         0 to 100, one decimal
 * @param modelVersions models used, by role (e.g. {@code embedding})
 */
public record ScreeningResult(
        double score,
        Band band,
        List<SubScore> subScores,
        List<MatchedRequirement> matched,
        List<MissingRequirement> missing,
        List<String> suggestions,
        int jobRevision,
        String scorerVersion,
        String taxonomyVersion,
        Map<String, String> modelVersions) {

    public ScreeningResult {
        subScores = List.copyOf(subScores);
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
        suggestions = List.copyOf(suggestions);
        modelVersions = java.util.Collections.unmodifiableMap(new TreeMap<>(modelVersions));
    }

    public java.util.Optional<SubScore> subScore(RequirementKind kind) {
        return subScores.stream().filter(s -> s.category() == kind).findFirst();
    }
}
