package dev.shortlist.screening.parsing;

import java.util.List;

/**
 * A skill found in the resume, normalised against the taxonomy.
 *
 * @param skillId    canonical taxonomy id, e.g. {@code tech.kubernetes}
 * @param name       canonical name
 * @param category   taxonomy category
 * @param evidence   every place it was written (or an alias of it)
 * @param monthsUsed months of the dated experience entries that mention it (overlaps merged), or null
 */
public record SkillMention(String skillId, String name, String category, List<Evidence> evidence, Integer monthsUsed) {

    public SkillMention {
        evidence = List.copyOf(evidence);
    }

    /**
     * Where a skill was found.
     *
     * @param section section the text belongs to
     * @param start   start offset in the extracted text (inclusive)
     * @param end     end offset (exclusive)
     * @param text    the text as written
     */
    public record Evidence(Section section, int start, int end, String text) {}
}
