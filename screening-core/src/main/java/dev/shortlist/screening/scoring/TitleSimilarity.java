package dev.shortlist.screening.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Token similarity of job titles: lower-cased, singular, lightly stemmed ("Accounting" and
 * "Accountant", "Finance" and "Financial" meet), without seniority and filler words, with generic
 * head words ("manager", "specialist") counting half and common occupational synonyms ("attorney"
 * for "lawyer", "cook" for "chef") counting 0.7 of the same word. The score is the geometric mean
 * of how much of the job title the resume title covers and how much of the resume title the job
 * title covers, so "Accountant" fits "Accountants and Auditors" better than "Manager" fits
 * "Construction Managers"; titles that share only generic head words keep half of that.
 */
public final class TitleSimilarity {

    private static final Set<String> DROPPED = Set.of(
            "and",
            "or",
            "of",
            "the",
            "for",
            "in",
            "a",
            "an",
            "to",
            "at",
            "with",
            "senior",
            "sr",
            "junior",
            "jr",
            "lead",
            "principal",
            "staff",
            "i",
            "ii",
            "iii",
            "iv",
            "level",
            "entry",
            "except",
            "including",
            "other",
            "all",
            "general",
            "&");
    private static final Set<String> GENERIC = Set.of(
            "manager",
            "specialist",
            "assistant",
            "associate",
            "representative",
            "officer",
            "coordinator",
            "director",
            "administrator",
            "worker",
            "technician",
            "engineer",
            "analyst",
            "supervisor",
            "executive",
            "agent",
            "clerk",
            "professional",
            "consultant",
            "intern",
            "trainee",
            "team",
            "member",
            "head",
            "operator",
            "service",
            "services");

    /** Credit for a synonym against the same word. */
    static final double SYNONYM_CREDIT = 0.7;
    /** Share of the similarity kept when the titles share only generic head words. */
    static final double GENERIC_ONLY_CREDIT = 0.5;

    private static final String[] SUFFIXES = {
        "ation", "ment", "ance", "ence", "ing", "ial", "ist", "ant", "ent", "ion", "al", "er", "or", "e"
    };
    /** Occupational synonyms, each group written once: a word of a group stands for its first word at partial credit. */
    private static final List<List<String>> SYNONYM_GROUPS = List.of(
            List.of("lawyer", "attorney", "advocate", "counsel", "solicitor", "barrister", "litigator"),
            List.of("chef", "cook"),
            List.of("pilot", "copilot", "aviator", "aviation"),
            List.of("automotive", "automobile", "auto", "car", "vehicle"),
            List.of("representative", "rep", "associate", "agent", "advisor", "consultant"),
            List.of("nurse", "rn", "lpn"),
            List.of("farmer", "farm", "rancher", "ranch", "grower", "agricultural", "agriculture", "agronomist"),
            List.of("artist", "painter", "sculptor", "illustrator", "art"),
            List.of("animator", "animation", "vfx", "effect"),
            List.of("fashion", "apparel", "clothing", "garment", "textile"),
            List.of("teacher", "educator", "tutor"),
            List.of("trainer", "instructor", "coach"),
            List.of("fitness", "exercise", "gym", "wellness"),
            List.of("customer", "client", "patient", "member", "guest"),
            List.of("analyst", "consultant", "advisor"),
            List.of("loan", "lending", "mortgage", "credit"),
            List.of("finance", "financial", "investment", "fp&a"),
            List.of("accountant", "bookkeeper", "auditor", "cpa"),
            List.of("hr", "personnel", "recruiter", "recruiting", "talent"),
            List.of("administrator", "admin", "sysadmin"),
            List.of("network", "system", "infrastructure"),
            List.of("designer", "design"),
            List.of("graphic", "visual", "creative"),
            List.of("mechanic", "technician"),
            List.of("pr", "communications", "communication"),
            List.of("sales", "selling", "retail"));

    private static final Map<String, Set<String>> SYNONYMS = synonyms();
    private static final Set<String> GENERIC_STEMS =
            GENERIC.stream().map(w -> stem(singular(w))).collect(Collectors.toSet());
    /** Multi-word names of one thing, read as one word. */
    private static final Map<String, String> PHRASES = Map.of(
            "public relations",
            "pr",
            "human resources",
            "hr",
            "information technology",
            "it",
            "quality assurance",
            "qa",
            "certified public accountant",
            "cpa");

    private TitleSimilarity() {}

    /** Similarity between 0 and 1. */
    public static double of(String jobTitle, String resumeTitle) {
        Set<String> resume = tokens(resumeTitle);
        if (resume.isEmpty()) {
            return 0;
        }
        double best = overlap(tokens(jobTitle), resume);
        for (String alternative : alternatives(jobTitle)) {
            best = Math.max(best, 0.85 * overlap(tokens(alternative), resume));
        }
        return best;
    }

    /** "Chefs and Head Cooks" offers "Chefs" and "Head Cooks"; "except …" tails are dropped. */
    static List<String> alternatives(String title) {
        List<String> parts = new ArrayList<>();
        for (String part : title.split("(?i),|/|\\band\\b|\\bor\\b|&")) {
            String p = part.strip();
            if (!p.isEmpty()
                    && !p.toLowerCase(Locale.ROOT).startsWith("except")
                    && !p.toLowerCase(Locale.ROOT).startsWith("including")) {
                parts.add(p);
            }
        }
        return parts.size() > 1 ? parts : List.of();
    }

    private static double overlap(Set<String> job, Set<String> resume) {
        if (job.isEmpty() || resume.isEmpty()) {
            return 0;
        }
        double shared = 0;
        boolean specific = false;
        for (String token : job) {
            double credit = 0;
            if (resume.contains(token)) {
                credit = 1.0;
            } else if (resume.stream()
                    .anyMatch(r -> SYNONYMS.getOrDefault(token, Set.of()).contains(r))) {
                credit = SYNONYM_CREDIT;
            }
            shared += credit * weight(token);
            specific |= credit > 0 && !GENERIC_STEMS.contains(token);
        }
        double jobWeight = job.stream().mapToDouble(TitleSimilarity::weight).sum();
        double resumeWeight =
                resume.stream().mapToDouble(TitleSimilarity::weight).sum();
        double similarity = Math.sqrt((shared / jobWeight) * (shared / resumeWeight));
        // A head word alone ("Manager" against "Agricultural Managers") misses the word that names
        // the occupation; a job title made of head words only ("Management Analysts") has no such word.
        boolean jobNamesOccupation = job.stream().anyMatch(token -> !GENERIC_STEMS.contains(token));
        return specific || !jobNamesOccupation ? similarity : GENERIC_ONLY_CREDIT * similarity;
    }

    private static double weight(String token) {
        return GENERIC_STEMS.contains(token) ? 0.5 : 1.0;
    }

    /** Normalised tokens of a title. */
    public static Set<String> tokens(String title) {
        Set<String> tokens = new LinkedHashSet<>();
        if (title == null) {
            return tokens;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            lower = lower.replace(phrase.getKey(), phrase.getValue());
        }
        for (String raw : lower.split("[^\\p{L}\\p{N}+#&]+")) {
            if (raw.isEmpty() || DROPPED.contains(raw)) {
                continue;
            }
            tokens.add(stem(singular(raw)));
        }
        return tokens;
    }

    /** Strips up to three derivational suffixes, keeping at least four letters: "engineering" → "engine". */
    static String stem(String token) {
        String stem = token;
        for (int pass = 0; pass < 3; pass++) {
            String before = stem;
            for (String suffix : SUFFIXES) {
                if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
                    stem = stem.substring(0, stem.length() - suffix.length());
                    break;
                }
            }
            if (stem.equals(before)) {
                break;
            }
        }
        return stem;
    }

    private static Map<String, Set<String>> synonyms() {
        Map<String, Set<String>> synonyms = new HashMap<>();
        for (List<String> group : SYNONYM_GROUPS) {
            Set<String> stems = new LinkedHashSet<>();
            group.forEach(word -> stems.add(stem(singular(word))));
            for (String stem : stems) {
                synonyms.computeIfAbsent(stem, k -> new HashSet<>()).addAll(stems);
                synonyms.get(stem).remove(stem);
            }
        }
        return Map.copyOf(synonyms);
    }

    private static String singular(String token) {
        if (token.length() > 4 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3) + "y";
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }
}
