package dev.shortlist.streams.parsing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shortlist.streams.taxonomy.Skill;
import dev.shortlist.streams.taxonomy.SkillMatch;
import dev.shortlist.streams.taxonomy.SkillTaxonomy;

/** A ten-skill taxonomy with aliases, so parser tests do not depend on the curated taxonomy's contents. */
final class TestTaxonomy implements SkillTaxonomy {

    private final List<Skill> skills = List.of(
            skill("tech.java", "Java", "programming"),
            skill("tech.python", "Python", "programming"),
            skill("tech.kubernetes", "Kubernetes", "devops", "k8s"),
            skill("tech.postgresql", "PostgreSQL", "database", "Postgres"),
            skill("tech.sql", "SQL", "database"),
            skill("tech.excel", "Excel", "office", "MS Excel"),
            skill("tech.react", "React", "frontend", "React.js"),
            skill("tech.aws", "AWS", "cloud", "Amazon Web Services"),
            skill("tech.docker", "Docker", "devops"),
            skill("tech.spring-boot", "Spring Boot", "programming"));

    private final List<Term> terms = terms();

    private record Term(Skill skill, Pattern pattern, int length) {
    }

    private static Skill skill(String id, String name, String category, String... aliases) {
        return new Skill(id, name, category, List.of(aliases), List.of());
    }

    private List<Term> terms() {
        List<Term> list = new ArrayList<>();
        for (Skill skill : skills) {
            List<String> names = new ArrayList<>(skill.aliases());
            names.add(skill.name());
            for (String name : names) {
                list.add(new Term(skill, Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE), name.length()));
            }
        }
        list.sort(Comparator.comparingInt(Term::length).reversed());
        return list;
    }

    @Override
    public String version() {
        return "test-1";
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
        String wanted = nameOrAlias.toLowerCase(Locale.ROOT);
        return skills.stream().filter(s -> s.name().equalsIgnoreCase(wanted)
                || s.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(wanted))).findFirst();
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
