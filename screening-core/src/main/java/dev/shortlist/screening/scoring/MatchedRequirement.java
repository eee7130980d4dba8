package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.EvidenceSpan;
import dev.shortlist.screening.requirements.RequirementKind;
import java.util.List;

/**
 * A requirement the resume meets; mirrors the Avro {@code MatchedRequirement}.
 *
 * @param requirement as the job states it ("Kubernetes", "5+ years")
 * @param matchedAs   what in the resume matched (the alias, the related skill, the chunk)
 * @param confidence  between 0 and 1
 */
public record MatchedRequirement(
        String requirement,
        RequirementKind kind,
        MatchType matchType,
        String matchedAs,
        double confidence,
        List<EvidenceSpan> evidence) {

    public MatchedRequirement {
        evidence = List.copyOf(evidence);
    }
}
