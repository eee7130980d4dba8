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
 * Turns education sections into entries (degree, level, field, institution, dates). A new entry
 * starts at a blank line or when a line brings a second degree or a second institution. Without an
 * education section, lines naming a degree elsewhere (outside experience and skills) still count.
 */
final class EducationExtractor {

    private static final Set<Section> FALLBACK_SECTIONS =
            EnumSet.of(Section.OTHER, Section.CONTACT, Section.SUMMARY, Section.CERTIFICATIONS);
    private static final Pattern DEGREE_TAIL = Pattern.compile(
            "^\\.?(?:\\s*(?:of|de|of\\s+the)\\s+(?:\\p{Lu}[\\p{L}&-]*|and|of)(?:\\s+(?:\\p{Lu}[\\p{L}&-]*|and|of))*)");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,;:|–—().-]+|[\\s,;:|–—()-]+$");
    private static final Pattern FIELD_LEAD = Pattern.compile("(?i)^(?:(?:in|of|en|em)\\s+|[:,–-]\\s*)");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)of|the|at|de|der|des|du|di|la|y|für|and|&|da|do|van");

    private final DateParser dates;

    EducationExtractor(LocalDate reference) {
        this.dates = new DateParser(reference);
    }

    List<EducationEntry> extract(List<SectionBlock> blocks) {
        List<EducationEntry> entries = new ArrayList<>();
        for (SectionBlock block : blocks) {
            if (block.section() == Section.EDUCATION) {
                entries.addAll(fromLines(block.lines(), false));
            }
        }
        if (entries.isEmpty()) {
            for (SectionBlock block : blocks) {
                if (FALLBACK_SECTIONS.contains(block.section())) {
                    entries.addAll(fromLines(block.lines(), true));
                }
            }
        }
        return List.copyOf(entries);
    }

    private List<EducationEntry> fromLines(List<Line> lines, boolean degreeLinesOnly) {
        List<EducationEntry> entries = new ArrayList<>();
        Builder current = new Builder();
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                if (current.hasSubstance()) {
                    entries.add(current.build());
                    current = new Builder();
                }
                continue;
            }
            if (text.length() > 200) {
                continue;
            }
            Optional<DegreeLevels.Found> degree = DegreeLevels.find(text);
            if (degreeLinesOnly && degree.isEmpty()) {
                continue;
            }
            Matcher institution = Words.INSTITUTION.matcher(text);
            boolean hasInstitution = institution.find();
            if ((degree.isPresent() && current.degree != null)
                    || (hasInstitution && current.institution != null && current.degree != null && degree.isEmpty())) {
                entries.add(current.build());
                current = new Builder();
            }
            List<DateRange> found = dates.find(text);
            String withoutDates = text;
            for (int i = found.size() - 1; i >= 0; i--) {
                DateRange range = found.get(i);
                withoutDates = withoutDates.substring(0, range.start()) + " " + withoutDates.substring(range.end());
                current.dates(range);
            }
            String institutionName = hasInstitution ? institutionAround(withoutDates, 2) : null;
            if (hasInstitution && degree.isPresent()) {
                // "Master of Science : Leadership Walden University": field and institution share a
                // segment right after the degree, so only the word just before "University" is its name.
                DegreeLevels.Found d = DegreeLevels.find(withoutDates).orElse(degree.get());
                String afterDegree = withoutDates.substring(d.end());
                Matcher tail = DEGREE_TAIL.matcher(afterDegree);
                if (tail.find()) {
                    afterDegree = afterDegree.substring(tail.end());
                }
                afterDegree = afterDegree.replaceFirst("^[\\s.:,;|–—-]+", "");
                String firstSegment = afterDegree.split("\\s*[,;|:،]\\s*")[0];
                if (Words.INSTITUTION.matcher(firstSegment).find()) {
                    institutionName = institutionAround(firstSegment, 1);
                }
            }
            if (institutionName != null && current.institution == null) {
                current.institution = institutionName;
            }
            if (degree.isPresent()) {
                DegreeLevels.Found d = DegreeLevels.find(withoutDates).orElse(degree.get());
                current.level = d.level();
                String afterDegree = withoutDates.substring(d.end());
                Matcher tail = DEGREE_TAIL.matcher(afterDegree);
                int degreeEnd = d.end();
                if (tail.find() && !Words.INSTITUTION.matcher(tail.group()).find()) {
                    degreeEnd += tail.end();
                }
                current.degree = clean(withoutDates.substring(d.start(), degreeEnd));
                String rest = withoutDates.substring(degreeEnd);
                if (institutionName != null) {
                    int at = rest.indexOf(institutionName);
                    if (at >= 0) {
                        rest = rest.substring(0, at);
                    }
                }
                String cleanedRest = clean(FIELD_LEAD
                        .matcher(clean(rest) == null ? "" : clean(rest))
                        .replaceFirst(""));
                if (cleanedRest != null) {
                    cleanedRest = cleanedRest.split("\\s*(?:[,;|،]|\\s[-–—]\\s)\\s*")[0];
                }
                String field = cleanedRest == null
                        ? null
                        : clean(FIELD_LEAD.matcher(cleanedRest).replaceFirst(""));
                if (field != null && field.length() <= 80 && current.field == null) {
                    current.field = field;
                }
            } else if (current.institution == null
                    && !hasInstitution
                    && current.degree != null
                    && current.field == null
                    && text.length() < 60
                    && found.isEmpty()) {
                current.field = clean(text);
            }
        }
        if (current.hasSubstance()) {
            entries.add(current.build());
        }
        return entries;
    }

    /** The run of capitalised words around "University", "College", "Hochschule"... */
    private static String institutionAround(String text, int wordsBefore) {
        for (String segment : text.split("\\s*(?:[,;|•،(]|\\s[-–—]\\s|:|\\s{3,})\\s*")) {
            Matcher m = Words.INSTITUTION.matcher(segment);
            if (!m.find()) {
                continue;
            }
            String[] tokens = segment.strip().split("\\s+");
            int keyword = -1;
            for (int i = 0; i < tokens.length; i++) {
                if (Words.INSTITUTION.matcher(tokens[i]).find()) {
                    keyword = i;
                    break;
                }
            }
            if (keyword < 0) {
                return clean(segment);
            }
            int from = keyword;
            // "University of Leeds" names itself; "Walden University" needs the words before it.
            boolean namedAfter = keyword + 1 < tokens.length
                    && CONNECTOR.matcher(tokens[keyword + 1]).matches();
            while (!namedAfter && from > 0 && keyword - from < wordsBefore && isNamePart(tokens[from - 1])) {
                from--;
            }
            int to = keyword;
            while (to + 1 < tokens.length && to - keyword < 5 && isNamePart(tokens[to + 1])) {
                to++;
            }
            while (to > keyword && CONNECTOR.matcher(tokens[to]).matches()) {
                to--;
            }
            while (from < keyword && CONNECTOR.matcher(tokens[from]).matches()) {
                from++;
            }
            return clean(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to + 1)));
        }
        return null;
    }

    private static boolean isNamePart(String token) {
        return !token.isEmpty()
                && (Character.isUpperCase(token.charAt(0))
                        || CONNECTOR.matcher(token).matches()
                        || Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.ARABIC);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned =
                SEPARATORS.matcher(value.replaceAll("\\s+", " ")).replaceAll("").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static final class Builder {
        String degree;
        EducationLevel level = EducationLevel.NONE;
        String field;
        String institution;
        PartialDate start;
        PartialDate end;

        void dates(DateRange range) {
            if (range.range()) {
                start = range.from();
                end = range.to();
            } else if (end == null) {
                end = range.from();
            }
        }

        boolean hasSubstance() {
            return degree != null || institution != null;
        }

        EducationEntry build() {
            return new EducationEntry(
                    degree,
                    level,
                    field,
                    institution,
                    start == null ? null : start.toLocalDate(),
                    end == null ? null : end.toLocalDate());
        }
    }
}
