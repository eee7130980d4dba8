package dev.shortlist.streams.scoring;

import dev.shortlist.streams.taxonomy.Skill;
import dev.shortlist.streams.taxonomy.SkillMatch;
import dev.shortlist.streams.taxonomy.SkillTaxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A handful of skills with aliases and relations, enough to exercise the scorer. */
final class SmallTaxonomy implements SkillTaxonomy {

    static final SmallTaxonomy INSTANCE = new SmallTaxonomy();

    private final List<Skill> skills = List.of(
            new Skill("tech.kubernetes", "Kubernetes", "devops", List.of("k8s", "kube"), List.of("tech.docker")),
            new Skill("tech.docker", "Docker", "devops", List.of(), List.of()),
            new Skill("tech.postgresql", "PostgreSQL", "database", List.of("Postgres", "psql"), List.of("tech.mysql")),
            new Skill("tech.mysql", "MySQL", "database", List.of(), List.of("tech.postgresql")),
            new Skill("tech.java", "Java", "language", List.of(), List.of()),
            new Skill("tech.python", "Python", "language", List.of(), List.of()),
            new Skill("tech.terraform", "Terraform", "devops", List.of(), List.of()),
            new Skill("tech.kafka", "Apache Kafka", "streaming", List.of("Kafka"), List.of()));

    @Override
    public String version() {
        return "small-test-1";
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
        String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
        return skills.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(key)
                || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))).findFirst();
    }

    @Override
    public List<SkillMatch> find(CharSequence text) {
        List<SkillMatch> matches = new ArrayList<>();
        for (Skill skill : skills) {
            List<String> names = new ArrayList<>(skill.aliases());
            names.add(skill.name());
            names.sort(Comparator.comparingInt(String::length).reversed());
            for (String name : names) {
                Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (matches.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                        matches.add(new SkillMatch(skill, start, end, m.group()));
                    }
                }
            }
        }
        matches.sort(Comparator.comparingInt(SkillMatch::start));
        return matches;
    }
}
