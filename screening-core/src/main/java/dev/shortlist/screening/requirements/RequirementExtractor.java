package dev.shortlist.screening.requirements;

import dev.shortlist.screening.taxonomy.Skill;
import dev.shortlist.screening.taxonomy.SkillMatch;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a recruiter's {@link JobSpec} into {@link JobRequirements}. Structured fields win;
 * each one left empty is extracted from the description, sentence by sentence (bullets count
 * as sentences): skills through the taxonomy, minimum years, degree level and spoken
 * languages. Whether a sentence states a must-have or a nice-to-have is read from cue words
 * in the sentence itself, else from the heading it sits under; a sentence with no cue counts
 * as required.
 */
public final class RequirementExtractor {

    private static final Pattern PREFERRED_CUE = Pattern.compile(
            "\\b(nice[- ]to[- ]have|preferred|preferably|a plus|is a plus|an advantage|advantageous|bonus|desirable|desired|"
                    + "ideally|would be great|good to have|optional|not required|beneficial)\\b");
    private static final Pattern REQUIRED_CUE = Pattern.compile(
            "\\b(must|required|requires|requirement|requirements|you have|you bring|you will need|essential|mandatory|"
                    + "necessary|need to have|minimum|at least|qualifications|proven)\\b");
    private static final Pattern SKIP_HEADING = Pattern.compile(
            "\\b(benefits|what we offer|we offer|perks|about us|about the company|who we are|equal opportunity|how to apply|compensation|salary)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*•·▪●◦‣–]|\\d+[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z(\"'])");

    private static final String NUMBER =
            "(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)";
    private static final List<Pattern> YEARS = List.of(
            // "3-5 years", "3 to 5 years": the lower bound is the minimum
            Pattern.compile(NUMBER + "\\s*(?:-|–|to)\\s*" + NUMBER + "\\+?\\s*(?:years?|yrs?)\\b"),
            // "5+ years", "5 + yrs"
            Pattern.compile(NUMBER + "\\s*\\+\\s*(?:years?|yrs?)\\b"),
            // "at least 3 years", "minimum of two years", "more than 4 years"
            Pattern.compile("(?:at least|minimum(?: of)?|min\\.?|no less than|more than|over)\\s+" + NUMBER
                    + "\\s*\\+?\\s*(?:full[- ]time\\s+)?(?:years?|yrs?)\\b"),
            // "4 years of experience", "two years' professional experience"
            Pattern.compile(NUMBER
                    + "\\s+(?:years?|yrs?)['’]?\\s+(?:of\\s+)?(?:[a-z-]+\\s+){0,3}(?:experience|background|work)"));
    private static final Pattern DEGREE_CONTEXT = Pattern.compile(
            "\\b(degree|diploma|bachelor|master|mba|ph\\.?\\s?d|doctorate|graduate|high school|ged|associate|education|b\\.?sc|m\\.?sc)");
    private static final Pattern LANGUAGE_CONTEXT = Pattern.compile(
            "\\b(fluent|fluency|fluently|proficient|proficiency|native|speak|speaks|speaking|spoken|written|language|languages|"
                    + "bilingual|business[- ]level|mother tongue|[abc][12]\\b)");

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0));

    private final SkillTaxonomy taxonomy;

    public RequirementExtractor(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** A sentence of the description and whether it states a must-have. */
    record Statement(String text, Cue cue) {}

    enum Cue {
        REQUIRED,
        PREFERRED,
        NEUTRAL
    }

    public JobRequirements extract(JobSpec job) {
        List<Statement> statements = statements(job.description());
        List<String> extracted = new ArrayList<>();

        List<SkillRequirement> skills;
        if (job.requiredSkills().isEmpty() && job.preferredSkills().isEmpty()) {
            skills = skillsFromText(statements);
            if (!skills.isEmpty()) {
                extracted.add("skills");
            }
        } else {
            skills = typedSkills(job);
        }

        Double minimumYears = job.minimumYears();
        if (minimumYears == null) {
            minimumYears = minimumYears(statements).orElse(null);
            if (minimumYears != null) {
                extracted.add("minimumYears");
            }
        }

        EducationLevel education = job.educationLevel();
        if (!education.isStated()) {
            education = educationLevel(statements);
            if (education.isStated()) {
                extracted.add("educationLevel");
            }
        }

        List<String> languages = new ArrayList<>();
        job.languages().forEach(l -> SpokenLanguages.code(l).ifPresent(languages::add));
        if (languages.isEmpty()) {
            languages.addAll(languages(statements));
            if (!languages.isEmpty()) {
                extracted.add("languages");
            }
        }

        List<String> sentences = statements.stream()
                .map(Statement::text)
                .filter(s -> s.split("\\s+").length >= 3)
                .toList();
        return new JobRequirements(
                job.jobId(),
                job.revision(),
                job.title(),
                skills,
                minimumYears,
                education,
                languages.stream().distinct().toList(),
                sentences,
                job.weights(),
                taxonomy.version(),
                extracted);
    }

    /** Sentences and bullets with their cue; headings only set the cue of what follows them. */
    List<Statement> statements(String description) {
        List<Statement> result = new ArrayList<>();
        Cue sectionCue = Cue.NEUTRAL;
        boolean skipping = false;
        for (String rawLine : description.split("\\R")) {
            String line = BULLET.matcher(rawLine).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (isHeading(line)) {
                skipping = SKIP_HEADING.matcher(lower).find();
                sectionCue = cueOf(lower, Cue.NEUTRAL);
                continue;
            }
            if (skipping) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(line)) {
                String text = sentence.strip();
                if (!text.isEmpty()) {
                    result.add(new Statement(text, cueOf(text.toLowerCase(Locale.ROOT), sectionCue)));
                }
            }
        }
        return result;
    }

    private static boolean isHeading(String line) {
        int words = line.split("\\s+").length;
        return words <= 7
                && (line.endsWith(":")
                        || (!line.matches(".*[.!?,;]$")
                                && words <= 4
                                && (REQUIRED_CUE
                                                .matcher(line.toLowerCase(Locale.ROOT))
                                                .find()
                                        || PREFERRED_CUE
                                                .matcher(line.toLowerCase(Locale.ROOT))
                                                .find()
                                        || SKIP_HEADING
                                                .matcher(line.toLowerCase(Locale.ROOT))
                                                .find()
                                        || line.toLowerCase(Locale.ROOT)
                                                .matches(
                                                        ".*\\b(responsibilities|what you.ll do|your role|the role|tasks)\\b.*"))));
    }

    private static Cue cueOf(String lower, Cue fallback) {
        // A nice-to-have cue wins: "MBA preferred but not required" is a preference.
        if (PREFERRED_CUE.matcher(lower).find()) {
            return Cue.PREFERRED;
        }
        if (REQUIRED_CUE.matcher(lower).find()) {
            return Cue.REQUIRED;
        }
        return fallback;
    }

    private List<SkillRequirement> skillsFromText(List<Statement> statements) {
        Map<String, SkillRequirement> byId = new LinkedHashMap<>();
        for (Statement statement : statements) {
            boolean required = statement.cue() != Cue.PREFERRED;
            for (SkillMatch match : taxonomy.find(statement.text())) {
                Skill skill = match.skill();
                SkillRequirement existing = byId.get(skill.id());
                if (existing == null || (required && !existing.required())) {
                    byId.put(skill.id(), new SkillRequirement(match.matchedText(), skill, required, statement.text()));
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private List<SkillRequirement> typedSkills(JobSpec job) {
        Map<String, SkillRequirement> byKey = new LinkedHashMap<>();
        for (String text : job.requiredSkills()) {
            add(byKey, text, true);
        }
        for (String text : job.preferredSkills()) {
            add(byKey, text, false);
        }
        return List.copyOf(byKey.values());
    }

    private void add(Map<String, SkillRequirement> byKey, String text, boolean required) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        Skill skill = taxonomy.resolve(stripped).orElseGet(() -> wholeMatch(stripped));
        SkillRequirement requirement =
                new SkillRequirement(stripped, skill, required, required ? "required skills" : "preferred skills");
        byKey.putIfAbsent(requirement.key(), requirement);
    }

    /** A typed skill that the taxonomy finds covering (almost) the whole text, e.g. "Kubernetes (k8s)". */
    private Skill wholeMatch(String text) {
        List<SkillMatch> matches = taxonomy.find(text);
        if (matches.size() == 1 && matches.get(0).end() - matches.get(0).start() >= 0.6 * text.length()) {
            return matches.get(0).skill();
        }
        return null;
    }

    private static Optional<Double> minimumYears(List<Statement> statements) {
        Double preferred = null;
        for (Statement statement : statements) {
            Optional<Double> years = yearsIn(statement.text().toLowerCase(Locale.ROOT));
            if (years.isPresent()) {
                if (statement.cue() != Cue.PREFERRED) {
                    return years;
                }
                if (preferred == null) {
                    preferred = years.get();
                }
            }
        }
        return Optional.ofNullable(preferred);
    }

    static Optional<Double> yearsIn(String lower) {
        for (Pattern pattern : YEARS) {
            Matcher m = pattern.matcher(lower);
            if (m.find()) {
                double value = number(m.group(1));
                if (value > 0 && value <= 40) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static double number(String token) {
        Double word = NUMBER_WORDS.get(token);
        return word != null ? word : Double.parseDouble(token);
    }

    /** The lowest level a must-have sentence accepts ("Bachelor's or Master's" accepts a bachelor's). */
    private static EducationLevel educationLevel(List<Statement> statements) {
        EducationLevel required = null;
        EducationLevel preferred = null;
        for (Statement statement : statements) {
            String lower = statement.text().toLowerCase(Locale.ROOT);
            if (!DEGREE_CONTEXT.matcher(lower).find()) {
                continue;
            }
            List<EducationLevel.Level> levels = EducationLevel.detectAll(lower);
            if (levels.isEmpty()) {
                continue;
            }
            EducationLevel lowest = levels.get(levels.size() - 1).level();
            if (statement.cue() == Cue.PREFERRED) {
                preferred = preferred == null ? lowest : min(preferred, lowest);
            } else {
                required = required == null ? lowest : min(required, lowest);
            }
        }
        if (required != null) {
            return required;
        }
        return preferred != null ? preferred : EducationLevel.UNKNOWN;
    }

    private static EducationLevel min(EducationLevel a, EducationLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static List<String> languages(List<Statement> statements) {
        List<String> codes = new ArrayList<>();
        for (Statement statement : statements) {
            String lower = statement.text().toLowerCase(Locale.ROOT);
            if (statement.cue() == Cue.PREFERRED
                    || !LANGUAGE_CONTEXT.matcher(lower).find()) {
                continue;
            }
            for (Map.Entry<String, String> name : SpokenLanguages.names().entrySet()) {
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.getKey()) + "(?![\\p{L}])")
                                .matcher(lower)
                                .find()
                        && !codes.contains(name.getValue())) {
                    codes.add(name.getValue());
                }
            }
        }
        codes.sort(null);
        return codes;
    }
}
