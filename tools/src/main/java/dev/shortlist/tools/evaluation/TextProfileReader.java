package dev.shortlist.tools.evaluation;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.EvidenceSpan;
import dev.shortlist.screening.requirements.EducationLevel;
import dev.shortlist.screening.requirements.SpokenLanguages;
import dev.shortlist.screening.taxonomy.SkillMatch;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crude resume reader over extracted text, used by the evaluation when no structured parse
 * is at hand: section headings, dated roles, degree levels and taxonomy skills. It copies no
 * contact line into the profile: only sections a scorer may read.
 */
final class TextProfileReader {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(professional |career |executive )?(summary|profile|objective|highlights|skills|skill highlights|core qualifications|"
                    + "qualifications|core competencies|competencies|technical skills|experience|work experience|professional experience|"
                    + "work history|employment history|employment|education|education and training|academic background|"
                    + "certifications|certificates|licenses|languages|accomplishments|achievements|interests|additional information|"
                    + "affiliations|awards|projects|volunteer experience|training|references|presentations|publications)\\s*:?$");
    private static final String MONTH =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
                    + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern RANGE = Pattern.compile(
            "(?i)" + date(1) + "\\s*(?:to|-|–|—|until)\\s*(?:(?<current>current|present|now|today)|" + date(2) + ")");
    private static final Pattern PLACEHOLDERS =
            Pattern.compile("(?i)\\b(company name|city\\s*,\\s*state|city|state)\\b");
    private static final Pattern CONTACT =
            Pattern.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+?\\d[\\d ()./-]{7,}\\d|https?://\\S+|www\\.\\S+");

    private final SkillTaxonomy taxonomy;

    /** "July 2011", "07/2011" or "2011", with named groups numbered by position in a range. */
    private static String date(int n) {
        return "(?:(?<m" + n + ">" + MONTH + ")\\.?\\s+(?<y" + n + ">\\d{4})|(?<n" + n + ">\\d{1,2})\\s*/\\s*(?<ny" + n
                + ">\\d{4})|(?<yy" + n + ">(?:19|20)\\d{2}))";
    }

    TextProfileReader(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    CandidateProfile read(String rawText) {
        String text = CONTACT.matcher(rawText).replaceAll(" ");
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        String section = "HEADER";
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (HEADING.matcher(stripped).matches()) {
                section = sectionOf(stripped.toLowerCase(Locale.ROOT));
                continue;
            }
            sections.computeIfAbsent(section, s -> new StringBuilder())
                    .append(stripped)
                    .append('\n');
            lines.add(new String[] {section, stripped});
        }
        CandidateProfile.Builder profile = CandidateProfile.builder();
        String header =
                sections.getOrDefault("HEADER", new StringBuilder()).toString().strip();
        if (!header.isEmpty()) {
            String first = header.lines().findFirst().orElse("");
            if (first.split("\\s+").length <= 8) {
                profile.headline(first);
            }
        }
        profile.summary(sections.getOrDefault("SUMMARY", new StringBuilder()).toString());
        profile.skillsText(sections.getOrDefault("SKILLS", new StringBuilder()).toString());
        roles(lines, profile);
        education(sections.getOrDefault("EDUCATION", new StringBuilder()).toString(), profile);
        languages(text, profile);
        skills(text, profile);
        return profile.build();
    }

    private static String sectionOf(String heading) {
        if (heading.matches(".*(summary|profile|objective).*")) {
            return "SUMMARY";
        }
        if (heading.matches(".*(skill|highlight|qualification|competenc).*")) {
            return "SKILLS";
        }
        if (heading.matches(".*(experience|history|employment).*")) {
            return "EXPERIENCE";
        }
        if (heading.matches(".*(education|academic|certif|license|training).*")) {
            return "EDUCATION";
        }
        if (heading.matches(".*language.*")) {
            return "LANGUAGES";
        }
        return "OTHER";
    }

    private record Role(String title, YearMonth start, YearMonth end, StringBuilder description) {}

    private static void roles(List<String[]> lines, CandidateProfile.Builder profile) {
        List<Role> roles = new ArrayList<>();
        YearMonth latest = null;
        Role current = null;
        for (String[] line : lines) {
            if (!line[0].equals("EXPERIENCE")) {
                current = null;
                continue;
            }
            Matcher m = RANGE.matcher(line[1]);
            if (m.find()) {
                YearMonth start = date(m.group("m1"), m.group("y1"), m.group("n1"), m.group("ny1"), m.group("yy1"));
                YearMonth end = m.group("current") != null
                        ? null
                        : date(m.group("m2"), m.group("y2"), m.group("n2"), m.group("ny2"), m.group("yy2"));
                String rest =
                        (line[1].substring(0, m.start()) + " " + line[1].substring(m.end())).replaceAll("\\s+", " ");
                String title = PLACEHOLDERS
                        .matcher(rest)
                        .replaceAll(" ")
                        .replaceAll("[\\s,|·-]+", " ")
                        .strip();
                String[] words = title.split(" ");
                if (words.length > 8) {
                    title = String.join(" ", java.util.Arrays.copyOf(words, 8));
                }
                current = new Role(title, start, end, new StringBuilder());
                roles.add(current);
                for (YearMonth ym : new YearMonth[] {start, end}) {
                    if (ym != null && (latest == null || ym.isAfter(latest))) {
                        latest = ym;
                    }
                }
            } else if (current != null
                    && !PLACEHOLDERS.matcher(line[1]).replaceAll("").isBlank()) {
                current.description.append(line[1]).append('\n');
            }
        }
        YearMonth reference = latest == null ? YearMonth.of(2020, 1) : latest;
        BitSet covered = new BitSet();
        for (Role role : roles) {
            YearMonth end = role.end == null ? reference : role.end;
            int months = role.start == null || end.isBefore(role.start)
                    ? 0
                    : (int) java.time.temporal.ChronoUnit.MONTHS.between(role.start, end) + 1;
            if (role.start != null && months > 0 && months < 600) {
                int from = role.start.getYear() * 12 + role.start.getMonthValue();
                covered.set(from, from + months);
            }
            profile.experience(role.title, role.start, role.end, Math.min(months, 600), role.description.toString());
        }
        profile.totalYears(covered.cardinality() / 12.0);
    }

    private static YearMonth date(
            String monthName, String year, String monthNumber, String numericYear, String yearOnly) {
        try {
            if (monthName != null && year != null) {
                return YearMonth.of(Integer.parseInt(year), monthIndex(monthName));
            }
            if (monthNumber != null && numericYear != null) {
                int month = Integer.parseInt(monthNumber);
                return YearMonth.of(Integer.parseInt(numericYear), month >= 1 && month <= 12 ? month : 1);
            }
            if (yearOnly != null) {
                return YearMonth.of(Integer.parseInt(yearOnly), 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int monthIndex(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(prefix)
                + 1;
    }

    private static void education(String section, CandidateProfile.Builder profile) {
        for (String line : section.split("\\R")) {
            EducationLevel.detect(line).ifPresent(level -> {
                int in = line.toLowerCase(Locale.ROOT).indexOf(" in ", level.end());
                String field = in >= 0
                        ? line.substring(in + 4)
                                .replaceAll("(?i)\\b(company name|city|state)\\b.*", "")
                                .strip()
                        : "";
                profile.education(level.level(), field);
            });
        }
    }

    private static void languages(String text, CandidateProfile.Builder profile) {
        // The evaluation corpus is written in English; other spoken languages are named with a cue.
        profile.language("en");
        String lower = text.toLowerCase(Locale.ROOT);
        SpokenLanguages.names().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    if (!e.getValue().equals("en")
                            && Pattern.compile(
                                            "\\b(fluent|fluency|native|bilingual|speak|proficient)\\b[^.\\n]{0,40}\\b"
                                                    + Pattern.quote(e.getKey()) + "\\b|\\b" + Pattern.quote(e.getKey())
                                                    + "\\s*\\((fluent|native|conversational)")
                                    .matcher(lower)
                                    .find()) {
                        profile.language(e.getValue());
                    }
                });
    }

    private void skills(String text, CandidateProfile.Builder profile) {
        Map<String, List<EvidenceSpan>> evidence = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SkillMatch match : taxonomy.find(text)) {
            names.putIfAbsent(match.skill().id(), match.skill().name());
            List<EvidenceSpan> spans = evidence.computeIfAbsent(match.skill().id(), id -> new ArrayList<>());
            if (spans.size() < 3) {
                spans.add(new EvidenceSpan("TEXT", match.start(), match.end(), match.matchedText()));
            }
        }
        names.forEach((id, name) -> profile.skill(new CandidateProfile.CandidateSkill(id, name, 0, evidence.get(id))));
    }
}
