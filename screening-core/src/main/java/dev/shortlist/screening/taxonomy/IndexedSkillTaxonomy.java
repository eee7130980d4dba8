package dev.shortlist.screening.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-memory taxonomy built by {@link TaxonomyBuilder}: immutable and thread-safe. */
final class IndexedSkillTaxonomy implements SkillTaxonomy {

    private final String version;
    private final List<Skill> skills;
    private final Map<String, Skill> byId;
    private final Map<String, Integer> resolveExact;
    private final Map<String, Integer> resolveFolded;
    private final SkillMatcher matcher;

    IndexedSkillTaxonomy(
            String version,
            List<Skill> skills,
            Map<String, Skill> byId,
            Map<String, Integer> resolveExact,
            Map<String, Integer> resolveFolded,
            SkillMatcher matcher) {
        this.version = version;
        this.skills = skills;
        this.byId = Map.copyOf(byId);
        this.resolveExact = Map.copyOf(resolveExact);
        this.resolveFolded = Map.copyOf(resolveFolded);
        this.matcher = matcher;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Collection<Skill> skills() {
        return skills;
    }

    @Override
    public Optional<Skill> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Exact spelling first (so "SWIFT" and "Swift" reach different skills), then the folded form
     * ("postgres", "Kubernetes", "comptabilité"), then the same without a trailing period or a
     * "skills"/"experience" suffix a recruiter may type ("Excel skills").
     */
    @Override
    public Optional<Skill> resolve(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String typed = SkillText.collapseGaps(nameOrAlias.strip());
        Integer index = resolveExact.get(typed);
        if (index == null) {
            String key = SkillText.normalize(typed);
            index = resolveFolded.get(key);
            if (index == null) {
                String trimmed = key.replaceAll("[.,;:]+$", "")
                        .replaceAll(" (skills?|experience|knowledge|proficiency)$", "")
                        .replaceAll("^(knowledge of|experience (with|in)|proficiency in) ", "");
                index = resolveFolded.get(trimmed);
            }
        }
        return index == null ? Optional.empty() : Optional.of(skills.get(index));
    }

    @Override
    public List<SkillMatch> find(CharSequence text) {
        return matcher.find(text, false);
    }

    @Override
    public List<SkillMatch> findInSkillsSection(CharSequence text) {
        return matcher.find(text, true);
    }
}
