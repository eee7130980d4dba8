package dev.shortlist.screening.parsing;

import dev.shortlist.screening.taxonomy.SkillMatch;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds taxonomy skills in the whole text, records where each was written, and derives months of
 * use from the dated experience entries whose text mentions the skill.
 */
final class SkillExtractor {

    private final SkillTaxonomy taxonomy;

    SkillExtractor(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<SkillMention> extract(String text, List<SectionBlock> blocks, List<ParsedExperience> dated) {
        Map<String, List<SkillMatch>> bySkill = new LinkedHashMap<>();
        for (SkillMatch match : matches(text, blocks)) {
            bySkill.computeIfAbsent(match.skill().id(), id -> new ArrayList<>()).add(match);
        }
        List<SkillMention> mentions = new ArrayList<>();
        for (List<SkillMatch> matches : bySkill.values()) {
            List<SkillMention.Evidence> evidence = new ArrayList<>();
            List<MonthSpan> spans = new ArrayList<>();
            for (SkillMatch match : matches) {
                evidence.add(new SkillMention.Evidence(
                        sectionAt(blocks, match.start()),
                        match.start(),
                        match.end(),
                        text.substring(match.start(), match.end())));
                for (ParsedExperience entry : dated) {
                    if (match.start() >= entry.entry().textStart()
                            && match.start() < entry.entry().textEnd()) {
                        spans.add(entry.span());
                    }
                }
            }
            SkillMatch first = matches.get(0);
            Integer months = spans.isEmpty() ? null : MonthSpan.totalMonths(spans);
            mentions.add(new SkillMention(
                    first.skill().id(), first.skill().name(), first.skill().category(), evidence, months));
        }
        return List.copyOf(mentions);
    }

    /**
     * Matches in the whole text, plus those that count only in a list of skills ("R", "Go", "C")
     * found in the skills sections.
     */
    private List<SkillMatch> matches(String text, List<SectionBlock> blocks) {
        List<SkillMatch> all = new ArrayList<>(taxonomy.find(text));
        for (SectionBlock block : blocks) {
            if (block.section() != Section.SKILLS || block.end() <= block.start()) {
                continue;
            }
            for (SkillMatch match : taxonomy.findInSkillsSection(text.substring(block.start(), block.end()))) {
                int start = block.start() + match.start();
                int end = block.start() + match.end();
                boolean overlaps = all.stream().anyMatch(m -> m.start() < end && m.end() > start);
                if (!overlaps) {
                    all.add(new SkillMatch(match.skill(), start, end, match.matchedText()));
                }
            }
        }
        all.sort(java.util.Comparator.comparingInt(SkillMatch::start));
        return all;
    }

    static Section sectionAt(List<SectionBlock> blocks, int offset) {
        Section found = blocks.isEmpty() ? Section.OTHER : blocks.get(0).section();
        for (SectionBlock block : blocks) {
            if (block.start() <= offset) {
                found = block.section();
            } else {
                break;
            }
        }
        return found;
    }

    /** An experience entry with its month span. */
    record ParsedExperience(ExperienceEntry entry, MonthSpan span) {}
}
