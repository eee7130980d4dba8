package dev.shortlist.screening.requirements;

import dev.shortlist.screening.taxonomy.Skill;
import java.util.Optional;

/**
 * One skill the job asks for.
 *
 * @param text     the requirement as stated ("k8s", "experience with payroll processing")
 * @param skill    the taxonomy skill it resolves to; null for a free-text requirement, which is
 *                 matched semantically
 * @param required true for must-have, false for nice-to-have
 * @param source   the sentence or field it came from
 */
public record SkillRequirement(String text, Skill skill, boolean required, String source) {

    public Optional<Skill> resolved() {
        return Optional.ofNullable(skill);
    }

    public RequirementKind kind() {
        return required ? RequirementKind.REQUIRED_SKILL : RequirementKind.PREFERRED_SKILL;
    }

    /** Key that identifies the requirement within a job (the skill id, or the lower-cased text). */
    public String key() {
        return skill != null ? skill.id() : text.toLowerCase(java.util.Locale.ROOT);
    }
}
