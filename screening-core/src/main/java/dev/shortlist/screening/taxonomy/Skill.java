package dev.shortlist.screening.taxonomy;

import java.util.List;

/**
 * One skill of the taxonomy.
 *
 * @param id       stable canonical id, e.g. {@code tech.kubernetes}
 * @param name     canonical display name, e.g. {@code Kubernetes}
 * @param category taxonomy category, e.g. {@code devops}
 * @param aliases  other spellings that mean the same skill, e.g. {@code k8s}
 * @param related  ids of skills that partly cover this one (e.g. PostgreSQL and MySQL)
 */
public record Skill(String id, String name, String category, List<String> aliases, List<String> related) {

    public Skill {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
    }
}
