package dev.shortlist.screening.requirements;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Recruiter-tunable category weights; mirrors the Avro {@code ScoringWeights}. Weights are
 * relative: they are normalised over the categories the job actually states, so a category
 * without a requirement (no minimum years, no language) neither helps nor punishes.
 */
public record ScoringWeights(
        double requiredSkills,
        double preferredSkills,
        double experience,
        double education,
        double title,
        double languages,
        double semantic) {

    public static final ScoringWeights DEFAULTS = new ScoringWeights(0.35, 0.10, 0.15, 0.05, 0.10, 0.05, 0.20);

    public ScoringWeights {
        for (double w :
                new double[] {requiredSkills, preferredSkills, experience, education, title, languages, semantic}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative");
            }
        }
    }

    public double of(RequirementKind kind) {
        return switch (kind) {
            case REQUIRED_SKILL -> requiredSkills;
            case PREFERRED_SKILL -> preferredSkills;
            case EXPERIENCE -> experience;
            case EDUCATION -> education;
            case TITLE -> title;
            case LANGUAGE -> languages;
            case SEMANTIC -> semantic;
        };
    }

    /**
     * Weights of the active categories, summing to 1. If every active category has weight 0,
     * they share equally.
     */
    public Map<RequirementKind, Double> normalisedOver(Set<RequirementKind> active) {
        Map<RequirementKind, Double> result = new EnumMap<>(RequirementKind.class);
        double sum = active.stream().mapToDouble(this::of).sum();
        for (RequirementKind kind : RequirementKind.values()) {
            if (active.contains(kind)) {
                result.put(kind, sum > 0 ? of(kind) / sum : 1.0 / active.size());
            }
        }
        return result;
    }
}
