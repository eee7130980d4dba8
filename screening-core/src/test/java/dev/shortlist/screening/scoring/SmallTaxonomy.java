package dev.shortlist.screening.scoring;

import dev.shortlist.screening.taxonomy.FixedTaxonomy;
import dev.shortlist.screening.taxonomy.Skill;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.util.List;

/** A handful of skills with aliases and relations, enough to exercise the scorer. */
public final class SmallTaxonomy {

    public static final SkillTaxonomy INSTANCE = new FixedTaxonomy(
            "small-test-1",
            List.of(
                    new Skill(
                            "tech.kubernetes", "Kubernetes", "devops", List.of("k8s", "kube"), List.of("tech.docker")),
                    new Skill("tech.docker", "Docker", "devops", List.of(), List.of()),
                    new Skill(
                            "tech.postgresql",
                            "PostgreSQL",
                            "database",
                            List.of("Postgres", "psql"),
                            List.of("tech.mysql")),
                    new Skill("tech.mysql", "MySQL", "database", List.of(), List.of("tech.postgresql")),
                    new Skill("tech.java", "Java", "language", List.of(), List.of()),
                    new Skill("tech.python", "Python", "language", List.of(), List.of()),
                    new Skill("tech.terraform", "Terraform", "devops", List.of(), List.of()),
                    new Skill("tech.kafka", "Apache Kafka", "streaming", List.of("Kafka"), List.of())));

    private SmallTaxonomy() {}
}
