package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.EvidenceSpan;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.requirements.SkillRequirement;
import dev.shortlist.screening.taxonomy.Skill;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The required- and preferred-skill categories: the share of a job's skills a resume shows, each
 * credited once, exactly (or by an alias), partly for a related skill or by meaning.
 */
final class SkillCoverage {

    /** Credit for a related skill (PostgreSQL asked, MySQL shown). */
    static final double RELATED_CREDIT = 0.5;
    /** Credit cap for a taxonomy skill found only by meaning. */
    static final double SEMANTIC_SKILL_CREDIT = 0.5;
    /** Skill categories nearly every resume shows, and their weight against a specialised skill. */
    static final Set<String> BASELINE_CATEGORIES = Set.of("office-software", "soft-skill");

    static final double BASELINE_SKILL_WEIGHT = 1.0 / 3;

    private final SkillTaxonomy taxonomy;

    SkillCoverage(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    void score(Scoring s, List<SkillRequirement> requirements, RequirementKind kind) {
        double credit = 0;
        double weights = 0;
        int met = 0;
        for (SkillRequirement requirement : requirements) {
            double c = credit(s, requirement, kind);
            double weight = specificity(requirement);
            credit += weight * c;
            weights += weight;
            met += c > 0 ? 1 : 0;
        }
        double share = credit / weights;
        s.score(
                kind,
                share,
                String.format(
                        Locale.ROOT,
                        "%d of %d %s skills shown (%.0f%% credit; related or semantic matches count partly, office software and soft skills a third).",
                        met,
                        requirements.size(),
                        kind == RequirementKind.REQUIRED_SKILL ? "required" : "preferred",
                        100 * share));
    }

    /**
     * How much a requirement tells candidates apart: office software and soft skills, which
     * nearly every resume lists, count a third of a specialised skill.
     */
    private static double specificity(SkillRequirement requirement) {
        return requirement
                        .resolved()
                        .map(Skill::category)
                        .filter(BASELINE_CATEGORIES::contains)
                        .isPresent()
                ? BASELINE_SKILL_WEIGHT
                : 1.0;
    }

    private double credit(Scoring s, SkillRequirement requirement, RequirementKind kind) {
        Optional<Skill> resolved = requirement.resolved();
        if (resolved.isPresent()) {
            Skill wanted = resolved.get();
            CandidateProfile.CandidateSkill shown = s.skillsById.get(wanted.id());
            if (shown != null) {
                String seenAs = shown.evidence().isEmpty()
                        ? shown.name()
                        : shown.evidence().get(0).text();
                boolean alias =
                        !requirement.text().equalsIgnoreCase(wanted.name()) || !seenAs.equalsIgnoreCase(wanted.name());
                s.matched.add(new MatchedRequirement(
                        requirement.text(),
                        kind,
                        alias ? MatchType.ALIAS : MatchType.EXACT,
                        seenAs,
                        1.0,
                        shown.evidence()));
                return 1.0;
            }
            Optional<CandidateProfile.CandidateSkill> related = relatedSkill(s, wanted);
            if (related.isPresent()) {
                s.matched.add(new MatchedRequirement(
                        requirement.text(),
                        kind,
                        MatchType.RELATED,
                        related.get().name(),
                        RELATED_CREDIT,
                        related.get().evidence()));
                return RELATED_CREDIT;
            }
        }
        Optional<Scoring.Best> semantic = s.jobEmbeddings == null
                ? Optional.empty()
                : s.jobEmbeddings.skill(requirement.key()).flatMap(s::bestChunk);
        CosineCalibration cosines = s.cosines;
        if (semantic.isPresent() && semantic.get().cosine() >= cosines.matchFrom()) {
            Scoring.Best best = semantic.get();
            double confidence = Scoring.clamp((best.cosine() - cosines.confidenceFloor())
                    / (cosines.confidenceCeiling() - cosines.confidenceFloor()));
            double credit = resolved.isPresent() ? SEMANTIC_SKILL_CREDIT * confidence : confidence;
            s.matched.add(new MatchedRequirement(
                    requirement.text(),
                    kind,
                    MatchType.SEMANTIC,
                    best.chunk().text(),
                    Scoring.round(confidence, 3),
                    List.of(new EvidenceSpan(
                            best.chunk().source(), -1, -1, best.chunk().text()))));
            return credit;
        }
        String looked = resolved.map(skill -> skill.aliases().isEmpty()
                        ? skill.name()
                        : skill.name() + " (or " + String.join(", ", skill.aliases()) + ")")
                .orElse(requirement.text());
        s.missing.add(new MissingRequirement(
                requirement.text(),
                kind,
                "Looked for " + looked + (resolved.isPresent() ? ", related skills" : "")
                        + " and similar wording; not found."));
        return 0;
    }

    private Optional<CandidateProfile.CandidateSkill> relatedSkill(Scoring s, Skill wanted) {
        for (String relatedId : wanted.related()) {
            if (s.skillsById.containsKey(relatedId)) {
                return Optional.of(s.skillsById.get(relatedId));
            }
        }
        for (CandidateProfile.CandidateSkill shown : s.skillsById.values()) {
            Optional<Skill> skill = taxonomy.byId(shown.skillId());
            if (skill.isPresent() && skill.get().related().contains(wanted.id())) {
                return Optional.of(shown);
            }
        }
        return Optional.empty();
    }
}
