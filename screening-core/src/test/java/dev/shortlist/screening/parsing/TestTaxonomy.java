package dev.shortlist.screening.parsing;

import static dev.shortlist.screening.taxonomy.FixedTaxonomy.skill;

import dev.shortlist.screening.taxonomy.FixedTaxonomy;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.util.List;

/** A ten-skill taxonomy with aliases, so parser tests do not depend on the curated taxonomy's contents. */
public final class TestTaxonomy {

    private TestTaxonomy() {}

    public static SkillTaxonomy create() {
        return new FixedTaxonomy(
                "test-1",
                List.of(
                        skill("tech.java", "Java", "programming"),
                        skill("tech.python", "Python", "programming"),
                        skill("tech.kubernetes", "Kubernetes", "devops", "k8s"),
                        skill("tech.postgresql", "PostgreSQL", "database", "Postgres"),
                        skill("tech.sql", "SQL", "database"),
                        skill("tech.excel", "Excel", "office", "MS Excel"),
                        skill("tech.react", "React", "frontend", "React.js"),
                        skill("tech.aws", "AWS", "cloud", "Amazon Web Services"),
                        skill("tech.docker", "Docker", "devops"),
                        skill("tech.spring-boot", "Spring Boot", "programming")));
    }
}
