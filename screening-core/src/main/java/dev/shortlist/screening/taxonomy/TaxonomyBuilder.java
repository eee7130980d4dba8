package dev.shortlist.screening.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges taxonomy sources into one {@link SkillTaxonomy}.
 *
 * <p>Rules: the curated taxonomy must be consistent (unique ids, no term naming two skills —
 * except case-sensitive spellings that differ in case, such as "Swift" the language and "SWIFT"
 * the payment network), otherwise building fails. External sources are merged after it and lose
 * every conflict: an external skill whose name is already a term is dropped (it is the same
 * skill), and an external alias already taken is ignored. Plural forms are derived last and never
 * displace a written term.
 */
final class TaxonomyBuilder {

    private static final int MIN_PLURAL_WORD = 3;

    private final String version;
    private final List<Skill> skills = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<SkillMatcher.IndexedTerm> terms = new ArrayList<>();
    /** folded key → indexes into {@link #terms} sharing it. */
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    TaxonomyBuilder(String version) {
        this.version = version;
    }

    TaxonomyBuilder addCurated(List<TaxonomyEntry> entries) {
        for (TaxonomyEntry entry : entries) {
            if (byId.containsKey(entry.skill().id())) {
                throw new IllegalStateException(
                        "duplicate skill id " + entry.skill().id());
            }
            int index = addSkill(entry.skill());
            for (TermSpec term : entry.terms()) {
                String key = SkillText.normalize(term.text());
                if (key.isEmpty()) {
                    throw new IllegalStateException(
                            "empty term for " + entry.skill().id());
                }
                Optional<String> clash = clash(key, term, index);
                if (clash.isPresent()) {
                    throw new IllegalStateException(
                            "term '" + term.text() + "' of " + entry.skill().id() + " already names " + clash.get());
                }
                if (!alreadyIndexed(key, term, index)) {
                    addTerm(key, term, index);
                }
            }
        }
        return this;
    }

    TaxonomyBuilder addExternal(List<TaxonomyEntry> entries) {
        for (TaxonomyEntry entry : entries) {
            if (byId.containsKey(entry.skill().id()) || entry.terms().isEmpty()) {
                continue;
            }
            String nameKey = SkillText.normalize(entry.terms().get(0).text());
            if (!usableExternalKey(nameKey) || byKey.containsKey(nameKey)) {
                continue; // already known under the curated (or an earlier) name
            }
            int index = addSkill(entry.skill());
            for (TermSpec term : entry.terms()) {
                String key = SkillText.normalize(term.text());
                if (usableExternalKey(key) && !byKey.containsKey(key)) {
                    addTerm(key, term, index);
                }
            }
        }
        return this;
    }

    private static boolean usableExternalKey(String key) {
        if (key.length() < 2) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLetter(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int addSkill(Skill skill) {
        skills.add(skill);
        byId.put(skill.id(), skills.size() - 1);
        return skills.size() - 1;
    }

    private Optional<String> clash(String key, TermSpec term, int skill) {
        for (int t : byKey.getOrDefault(key, List.of())) {
            SkillMatcher.IndexedTerm other = terms.get(t);
            if (other.skill() == skill) {
                continue;
            }
            boolean distinctCase = term.caseSensitive()
                    && other.caseSensitive()
                    && !SkillText.collapseGaps(term.text()).equals(SkillText.collapseGaps(other.text()));
            if (!distinctCase) {
                return Optional.of(skills.get(other.skill()).id());
            }
        }
        return Optional.empty();
    }

    private boolean alreadyIndexed(String key, TermSpec term, int skill) {
        for (int t : byKey.getOrDefault(key, List.of())) {
            SkillMatcher.IndexedTerm other = terms.get(t);
            if (other.skill() == skill
                    && other.caseSensitive() == term.caseSensitive()
                    && (!term.caseSensitive() || other.text().equals(term.text()))) {
                return true;
            }
        }
        return false;
    }

    private void addTerm(String key, TermSpec term, int skill) {
        terms.add(new SkillMatcher.IndexedTerm(key, term.text(), skill, term.ambiguous(), term.caseSensitive()));
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(terms.size() - 1);
    }

    /**
     * Derives the plural of a term's last word ("financial statement" → "financial statements",
     * "policy" → "policies", "API" → "APIs"). Not for case-sensitive or ambiguous terms, nor for
     * short or non-alphabetic last words, where a plural would mostly catch other words.
     */
    static Optional<String> pluralKey(String key) {
        int space = key.lastIndexOf(SkillText.GAP);
        String last = key.substring(space + 1);
        if (last.length() < MIN_PLURAL_WORD || last.endsWith("s")) {
            return Optional.empty();
        }
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c < 'a' || c > 'z') {
                return Optional.empty();
            }
        }
        String head = key.substring(0, space + 1);
        char end = last.charAt(last.length() - 1);
        char beforeEnd = last.charAt(last.length() - 2);
        if (end == 'y' && "aeiou".indexOf(beforeEnd) < 0) {
            return Optional.of(head + last.substring(0, last.length() - 1) + "ies");
        }
        if (end == 'x' || end == 'z' || last.endsWith("ch") || last.endsWith("sh")) {
            return Optional.of(head + last + "es");
        }
        return Optional.of(head + last + "s");
    }

    SkillTaxonomy build() {
        int written = terms.size();
        for (int t = 0; t < written; t++) {
            SkillMatcher.IndexedTerm term = terms.get(t);
            if (term.ambiguous() || term.caseSensitive()) {
                continue;
            }
            Optional<String> plural = pluralKey(term.key());
            if (plural.isPresent() && !byKey.containsKey(plural.get())) {
                addTerm(plural.get(), TermSpec.plain(plural.get()), term.skill());
            }
        }
        Map<String, Integer> resolveExact = new HashMap<>();
        Map<String, Integer> resolveFolded = new HashMap<>();
        for (SkillMatcher.IndexedTerm term : terms) {
            resolveExact.putIfAbsent(SkillText.collapseGaps(term.text()), term.skill());
            resolveFolded.putIfAbsent(term.key(), term.skill());
        }
        Map<String, Skill> ids = new LinkedHashMap<>();
        for (Skill skill : skills) {
            ids.put(skill.id(), skill);
        }
        SkillMatcher matcher = new SkillMatcher(skills, terms);
        return new IndexedSkillTaxonomy(version, List.copyOf(skills), ids, resolveExact, resolveFolded, matcher);
    }
}
