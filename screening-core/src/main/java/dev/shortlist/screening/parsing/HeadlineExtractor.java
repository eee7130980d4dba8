package dev.shortlist.screening.parsing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the professional headline: the current or target title a candidate writes at the top of
 * a resume ("Senior Accountant", "CHILD FAMILY ADVOCATE", "Backend Engineer | Java · Kafka").
 *
 * <p>It reads only the first lines before the first heading and accepts only a line that reads
 * like a job title: short, no contact details, and either naming a role word ("engineer",
 * "nurse", "advocate") or sharing a word with a role title of the experience section. The line
 * holding the candidate's name is never taken, so the headline carries no personal detail.
 */
final class HeadlineExtractor {

    private static final int MAX_LINES = 6;
    private static final int MAX_WORDS = 8;
    private static final int MAX_LENGTH = 80;
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*(?:[|•·●▪◦]|\\s{3,}|\\s[-–—]\\s)\\s*");
    private static final Pattern CONTACT_LIKE =
            Pattern.compile("(?i)@|https?://|www\\.|\\.com\\b|\\d{3,}|\\d+\\s*[-/]\\s*\\d+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    /** Role words that say nothing about the role on their own, or that title the document itself. */
    private static final Set<String> NOT_ENOUGH = Set.of(
            "senior",
            "junior",
            "principal",
            "staff",
            "lead",
            "head",
            "chief",
            "vice",
            "resume",
            "curriculum",
            "vitae",
            "cv",
            "lebenslauf",
            "public",
            "information",
            "business",
            "development",
            "customer",
            "service",
            "support",
            "human",
            "digital",
            "media");

    private HeadlineExtractor() {}

    /**
     * @param lines      every line of the text
     * @param blocks     the sections; the headline is looked for before the first heading
     * @param name       the candidate's name as found by the contact extractor, or null
     * @param experience roles found, whose titles confirm a headline without a known role word
     * @return the headline as written, whitespace normalised
     */
    static Optional<String> extract(
            List<Line> lines, List<SectionBlock> blocks, String name, List<ExperienceEntry> experience) {
        int headerEnd = blocks.stream()
                .filter(b -> b.heading() != null)
                .mapToInt(SectionBlock::start)
                .findFirst()
                .orElse(Integer.MAX_VALUE);
        Set<String> roleWords = roleWords(experience);
        String lowerName = name == null ? null : name.toLowerCase(Locale.ROOT);
        int inspected = 0;
        for (Line line : lines) {
            if (line.start() >= headerEnd || inspected >= MAX_LINES) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            inspected++;
            for (String segment : SEGMENT_SPLIT.split(line.text().strip())) {
                String candidate = segment.strip().replaceAll("\\s+", " ").replaceAll("[,;:]$", "");
                if (isHeadline(candidate, lowerName, roleWords)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHeadline(String candidate, String lowerName, Set<String> roleWords) {
        if (candidate.length() < 3
                || candidate.length() > MAX_LENGTH
                || CONTACT_LIKE.matcher(candidate).find()
                || Headings.match(candidate).isPresent()) {
            return false;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lowerName != null && (lower.contains(lowerName) || lowerName.contains(lower))) {
            return false;
        }
        if (ContactExtractor.looksLikeName(candidate)) {
            return false;
        }
        List<String> words = WORD.matcher(candidate)
                .results()
                .map(m -> m.group().toLowerCase(Locale.ROOT))
                .toList();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            String bare = word.replaceAll("[^\\p{L}]", "");
            if (Words.isTitleWord(bare) && !NOT_ENOUGH.contains(bare)
                    || bare.length() >= 4 && roleWords.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> roleWords(List<ExperienceEntry> experience) {
        Set<String> words = new HashSet<>();
        for (ExperienceEntry entry : experience) {
            if (entry.title() != null) {
                WORD.matcher(entry.title().toLowerCase(Locale.ROOT))
                        .results()
                        .map(m -> m.group().replaceAll("[^\\p{L}]", ""))
                        .forEach(words::add);
            }
        }
        return words;
    }
}
