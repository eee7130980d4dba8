package dev.shortlist.screening.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small taxonomy given as a list of skills, for tests that must not depend on the curated
 * taxonomy's contents: names and aliases match case-insensitively on word boundaries, longest
 * term first, without overlaps.
 */
public final class FixedTaxonomy implements SkillTaxonomy {

    private final String version;
    private final List<Skill> skills;
    private final List<Term> terms;

    private record Term(Skill skill, Pattern pattern, int length) {}

    public FixedTaxonomy(String version, List<Skill> skills) {
        this.version = version;
        this.skills = List.copyOf(skills);
        List<Term> list = new ArrayList<>();
        for (Skill skill : this.skills) {
            List<String> names = new ArrayList<>(skill.aliases());
            names.add(skill.name());
            for (String name : names) {
                list.add(new Term(
                        skill,
                        Pattern.compile(
                                "(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE),
                        name.length()));
            }
        }
        list.sort(Comparator.comparingInt(Term::length).reversed());
        this.terms = List.copyOf(list);
    }

    /** A skill without relations. */
    public static Skill skill(String id, String name, String category, String... aliases) {
        return new Skill(id, name, category, List.of(aliases), List.of());
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
        return skills.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Skill> resolve(String nameOrAlias) {
        String wanted = nameOrAlias.strip().toLowerCase(Locale.ROOT);
        return skills.stream()
                .filter(s -> s.name().equalsIgnoreCase(wanted)
                        || s.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    @Override
    public List<SkillMatch> find(CharSequence text) {
        List<SkillMatch> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new SkillMatch(term.skill(), m.start(), m.end(), m.group()));
                }
            }
        }
        found.sort(Comparator.comparingInt(SkillMatch::start));
        return found;
    }
}
