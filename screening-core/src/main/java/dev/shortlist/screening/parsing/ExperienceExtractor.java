package dev.shortlist.screening.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns experience sections into entries. Each line holding a date range anchors one entry; its
 * header (title, company, location) is the rest of that line and/or the short lines right before
 * it (up to the previous blank line) or right after it; the description runs to the next entry.
 * When no experience section has a dated entry, the same is done on sections that are not
 * education, skills, languages or certifications, so that dated lines of a resume without
 * headings still become experience.
 */
final class ExperienceExtractor {

    private static final Set<Section> FALLBACK_SECTIONS =
            EnumSet.of(Section.OTHER, Section.CONTACT, Section.SUMMARY, Section.PROJECTS);
    private static final Pattern LEFTOVER = Pattern.compile(
            "(?i)^[\\s,;:|•·()\\[\\]–—-]*(?:from|since|seit|von|depuis|de|desde|dal|van|vanaf|از)?[\\s,;:|•·()\\[\\]–—-]*$");
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\s,;:|•·()\\[\\]–—-]+|[\\s,;:|•·()\\[\\]–—-]+$");
    private static final Pattern BULLET = Pattern.compile("^[•▪■►●◦○*–—-]\\s*|^\\d{1,2}[.)]\\s");
    /** "Austin, TX", "Berlin, Germany", "Remote": a location whatever surrounds it. */
    private static final Pattern STRONG_LOCATION = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)? ?, ?(?:[A-Z]{2}(?: \\d{5})?(?![\\p{L}])|(?:USA|United States|UK|United Kingdom|"
                    + "Germany|Deutschland|France|Spain|España|Portugal|Brazil|Brasil|Italy|Italia|Netherlands|Nederland|"
                    + "Iran|Canada|India|Australia|Ireland|Switzerland|Schweiz|Austria|Österreich|Belgium|Mexico|México)\\b)"
                    + "|\\b(?:Remote|Hybrid)\\b");
    /** "City , State" or "Lyon, Rhône" as its own segment after the first. */
    private static final Pattern WEAK_LOCATION = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2} ?, ?\\p{Lu}[\\p{L}.'’-]*(?: ?, ?\\p{Lu}{2,3}(?![\\p{L}]))?");

    private static final Pattern STRONG_SPLIT =
            Pattern.compile("\\s*(?:\\||•|·|\\s[-–—]\\s|:\\s|\\s:|\\s{3,}|\\(|\\))\\s*");
    private static final Pattern CONTACT_LINE = Pattern.compile("@|https?://|www\\.|\\d[\\d ()./-]{8,}\\d");
    private static final Pattern COMMA = Pattern.compile("\\s*[,،]\\s*");
    private static final Pattern AT = Pattern.compile("\\s(?:at|@|bei|chez|en|em|presso|bij)\\s");

    private final DateParser dates;
    private final LocalDate reference;

    ExperienceExtractor(LocalDate reference) {
        this.reference = reference;
        this.dates = new DateParser(reference);
    }

    List<ExperienceEntry> extract(List<SectionBlock> blocks) {
        List<ExperienceEntry> entries = new ArrayList<>();
        for (SectionBlock block : blocks) {
            if (block.section() == Section.EXPERIENCE) {
                entries.addAll(fromBlock(block, true));
            }
        }
        if (entries.stream().noneMatch(ExperienceEntry::dated)) {
            List<ExperienceEntry> fallback = new ArrayList<>();
            for (SectionBlock block : blocks) {
                if (FALLBACK_SECTIONS.contains(block.section())) {
                    fallback.addAll(fromBlock(block, false));
                }
            }
            if (!fallback.isEmpty()) {
                entries.addAll(fallback);
                entries.sort((a, b) -> Integer.compare(a.textStart(), b.textStart()));
            }
        }
        return List.copyOf(entries);
    }

    /** A line (or up to three lines, for "October 2009 / to / March 2015") holding a date range. */
    private record Anchor(int line, int last, String text, DateRange range) {}

    private List<ExperienceEntry> fromBlock(SectionBlock block, boolean experienceSection) {
        List<Line> lines = block.lines();
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Anchor anchor = anchorAt(lines, i);
            if (anchor != null) {
                anchors.add(anchor);
                i = anchor.last();
            }
        }
        List<ExperienceEntry> entries = new ArrayList<>();
        if (anchors.isEmpty()) {
            if (experienceSection && lines.stream().anyMatch(l -> !l.isBlank())) {
                entries.add(undated(lines));
            }
            return entries;
        }
        int previousEnd = 0;
        List<int[]> headers = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            int limit = a + 1 < anchors.size() ? anchors.get(a + 1).line() : lines.size();
            int headerStart = anchor.line();
            int headerEnd = anchor.last() + 1;
            boolean bareDates = letters(remainder(anchor.text(), anchor.range())) < 3;
            // Short lines right above the anchor are its header ("Title / Company / dates"); when the
            // anchor has its own text ("Title  2019 - 2021"), only a line that starts a paragraph ("Company").
            int above = anchor.line() - 1;
            while (above >= previousEnd && anchor.line() - above <= 2 && isHeaderLike(lines.get(above))) {
                headerStart = above;
                above--;
            }
            if (!bareDates && headerStart < anchor.line()) {
                int candidate = anchor.line() - 1;
                boolean startsParagraph =
                        candidate == previousEnd || lines.get(candidate - 1).isBlank();
                headerStart = startsParagraph ? candidate : anchor.line();
            }
            if (headerStart == anchor.line() && bareDates) {
                // ...else, for a date on its own line, the next line ("MM/YYYY to MM/YYYY" / "Title Company")...
                int below = nextNonBlank(lines, anchor.last() + 1);
                if (below < limit && isHeaderLike(lines.get(below))) {
                    headerEnd = below + 1;
                } else {
                    // ...else the header paragraph above a blank line (HTML and Word paragraphs).
                    int paragraph = anchor.line() - 1;
                    while (paragraph >= previousEnd && lines.get(paragraph).isBlank()) {
                        paragraph--;
                    }
                    if (paragraph >= previousEnd
                            && paragraph < anchor.line() - 1
                            && isHeaderLike(lines.get(paragraph))) {
                        headerStart = paragraph;
                    }
                }
            }
            headers.add(new int[] {headerStart, headerEnd});
            previousEnd = headerEnd;
        }
        for (int a = 0; a < anchors.size(); a++) {
            int[] header = headers.get(a);
            int descriptionEnd = a + 1 < anchors.size() ? headers.get(a + 1)[0] : lines.size();
            entries.add(entry(lines, anchors.get(a), header[0], header[1], descriptionEnd));
        }
        return entries;
    }

    private Anchor anchorAt(List<Line> lines, int i) {
        String text = lines.get(i).text();
        if (text.length() > 160) {
            return null;
        }
        Optional<DateRange> range = firstRange(text);
        if (range.isPresent()) {
            return new Anchor(i, i, text, range.get());
        }
        // A range broken over lines: "October 2009" / "to" / "March 2015".
        List<DateRange> single = dates.find(text);
        if (single.isEmpty() || letters(remainder(text, single.get(single.size() - 1))) >= 3) {
            return null;
        }
        StringBuilder joined = new StringBuilder(text);
        for (int next = i + 1; next < Math.min(lines.size(), i + 3); next++) {
            if (lines.get(next).isBlank() || lines.get(next).text().length() > 40) {
                return null;
            }
            joined.append(' ').append(lines.get(next).text().strip());
            Optional<DateRange> joinedRange = firstRange(joined.toString());
            if (joinedRange.isPresent() && joinedRange.get().end() > text.length()) {
                return new Anchor(i, next, joined.toString(), joinedRange.get());
            }
        }
        return null;
    }

    private Optional<DateRange> firstRange(String text) {
        return dates.findRanges(text).stream()
                .filter(r -> r.span(reference).isPresent())
                .findFirst();
    }

    private ExperienceEntry entry(List<Line> lines, Anchor anchor, int headerStart, int headerEnd, int descriptionEnd) {
        DateRange range = anchor.range();
        List<String> headerParts = new ArrayList<>();
        for (int i = headerStart; i < headerEnd; i++) {
            if (i > anchor.line() && i <= anchor.last()) {
                continue;
            }
            String text = i == anchor.line()
                    ? remainder(anchor.text(), range)
                    : lines.get(i).text();
            text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
            if (letters(text) >= 2) {
                headerParts.add(text);
            }
        }
        String[] roles = roles(headerParts);
        StringBuilder description = new StringBuilder();
        for (int i = headerEnd; i < Math.max(headerEnd, descriptionEnd); i++) {
            if (!lines.get(i).isBlank()) {
                description.append(lines.get(i).text()).append('\n');
            }
        }
        int textStart = lines.get(headerStart).start();
        int last = Math.max(headerEnd, descriptionEnd) - 1;
        int textEnd = lines.get(Math.min(last, lines.size() - 1)).end();
        MonthSpan span = range.span(reference).orElseThrow();
        LocalDate end =
                range.current() || range.to() == null ? null : range.to().toLocalDate();
        return new ExperienceEntry(
                roles[0],
                roles[1],
                roles[2],
                range.from().toLocalDate(),
                end,
                range.current(),
                span.months(),
                blankToNull(description.toString().strip()),
                textStart,
                Math.max(textStart, textEnd));
    }

    private static ExperienceEntry undated(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (!line.isBlank()) {
                text.append(line.text()).append('\n');
            }
        }
        Line first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(lines.get(0));
        String[] roles = roles(List.of(EDGE_PUNCTUATION.matcher(first.text()).replaceAll("")));
        return new ExperienceEntry(
                roles[0],
                roles[1],
                roles[2],
                null,
                null,
                false,
                null,
                blankToNull(text.toString().strip()),
                first.start(),
                lines.get(lines.size() - 1).end());
    }

    /** Title, company and location from the header parts. */
    static String[] roles(List<String> parts) {
        String location = null;
        List<String> segments = new ArrayList<>();
        for (String part : parts) {
            Matcher strong = STRONG_LOCATION.matcher(part);
            if (location == null && strong.find()) {
                location = strong.group().strip();
                part = part.substring(0, strong.start()) + " | " + part.substring(strong.end());
            }
            Matcher at = AT.matcher(part);
            if (at.find() && part.length() < 100) {
                part = part.substring(0, at.start()) + " | " + part.substring(at.end());
            }
            for (String segment : STRONG_SPLIT.split(part)) {
                if (letters(segment) >= 2) {
                    segments.add(segment.strip());
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            Matcher weak = WEAK_LOCATION.matcher(segment);
            if (location == null && i > 0 && weak.lookingAt()) {
                // "City , State Food Prep Chef": the location, then what follows it.
                location = weak.group();
                segment = segment.substring(weak.end()).strip();
            }
            for (String piece : COMMA.split(segment)) {
                if (letters(piece) >= 2) {
                    pieces.add(piece.strip());
                }
            }
        }
        // "Senior Engineer Acme Corp" written as one piece: split after the last title word.
        if (pieces.size() == 1) {
            String[] split = splitTitleAndCompany(pieces.get(0));
            if (split != null) {
                pieces = List.of(split[0], split[1]);
            }
        }
        String title = null;
        String company = null;
        for (String piece : pieces) {
            if (title == null && hasTitleWord(piece)) {
                title = piece;
            } else if (company == null && !hasTitleWord(piece)) {
                company = piece;
            }
        }
        if (title == null && !pieces.isEmpty()) {
            title = pieces.get(0);
            company = pieces.size() > 1 ? pieces.get(1) : null;
        }
        return new String[] {cut(title), cut(company), cut(location)};
    }

    private static String[] splitTitleAndCompany(String piece) {
        String[] tokens = piece.split(" ");
        int lastTitle = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (Words.isTitleWord(tokens[i])
                    && !Words.COMPANY_WORDS.contains(tokens[i].toLowerCase(java.util.Locale.ROOT))) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0
                || lastTitle == tokens.length - 1
                || !Character.isUpperCase(tokens[lastTitle + 1].charAt(0))) {
            return null;
        }
        return new String[] {
            String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, lastTitle + 1)),
            String.join(" ", java.util.Arrays.copyOfRange(tokens, lastTitle + 1, tokens.length))
        };
    }

    private static boolean hasTitleWord(String piece) {
        for (String token : piece.split("[\\s/,]+")) {
            if (Words.isTitleWord(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderLike(Line line) {
        String text = line.text().strip();
        return !text.isEmpty()
                && text.length() <= 100
                && !BULLET.matcher(text).find()
                && !text.endsWith(".")
                && letters(text) >= 2
                && text.split("\\s+").length <= 14
                && !CONTACT_LINE.matcher(text).find();
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String remainder(String line, DateRange range) {
        String rest = line.substring(0, range.start()) + " " + line.substring(range.end());
        return LEFTOVER.matcher(rest).matches() ? "" : rest.strip();
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String cut(String value) {
        if (value == null) {
            return null;
        }
        String stripped = EDGE_PUNCTUATION.matcher(value).replaceAll("");
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() > 120 ? stripped.substring(0, 120) : stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
