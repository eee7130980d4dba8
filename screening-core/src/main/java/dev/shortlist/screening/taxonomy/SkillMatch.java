package dev.shortlist.screening.taxonomy;

/**
 * A skill found in a text.
 *
 * @param skill       the canonical skill
 * @param start       start offset of the match in the searched text (inclusive)
 * @param end         end offset (exclusive)
 * @param matchedText the text as it appears, e.g. {@code k8s}
 */
public record SkillMatch(Skill skill, int start, int end, String matchedText) {

    /**
     * True when the text matched an alias (or a plural) rather than the canonical name; case,
     * accents and line breaks inside the name do not count as differences.
     */
    public boolean viaAlias() {
        return !SkillText.normalize(matchedText).equals(SkillText.normalize(skill.name()));
    }
}
