package dev.shortlist.streams.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token similarity of job titles: lower-cased, singular, without seniority and filler words,
 * with generic head words ("manager", "specialist") counting half. The score is the geometric
 * mean of how much of the job title the resume title covers and how much of the resume title
 * the job title covers, so "Accountant" fits "Accountants and Auditors" better than "Manager"
 * fits "Construction Managers".
 */
public final class TitleSimilarity {

    private static final Set<String> DROPPED = Set.of("and", "or", "of", "the", "for", "in", "a", "an", "to", "at", "with",
            "senior", "sr", "junior", "jr", "lead", "principal", "staff", "i", "ii", "iii", "iv", "level", "entry",
            "except", "including", "other", "all", "general");
    private static final Set<String> GENERIC = Set.of("manager", "specialist", "assistant", "associate", "representative",
            "officer", "coordinator", "director", "administrator", "worker", "technician", "engineer", "analyst",
            "supervisor", "executive", "agent", "clerk", "professional", "consultant", "intern", "trainee", "team",
            "member", "head", "operator", "service", "services");

    private TitleSimilarity() {
    }

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
            if (!p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("except") && !p.toLowerCase(Locale.ROOT).startsWith("including")) {
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
        for (String token : job) {
            if (resume.contains(token)) {
                shared += weight(token);
            }
        }
        double jobWeight = job.stream().mapToDouble(TitleSimilarity::weight).sum();
        double resumeWeight = resume.stream().mapToDouble(TitleSimilarity::weight).sum();
        return Math.sqrt((shared / jobWeight) * (shared / resumeWeight));
    }

    private static double weight(String token) {
        return GENERIC.contains(token) ? 0.5 : 1.0;
    }

    /** Normalised tokens of a title. */
    public static Set<String> tokens(String title) {
        Set<String> tokens = new LinkedHashSet<>();
        if (title == null) {
            return tokens;
        }
        for (String raw : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) {
            if (raw.isEmpty() || DROPPED.contains(raw)) {
                continue;
            }
            tokens.add(singular(raw));
        }
        return tokens;
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
