package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.requirements.SkillRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The experience category: years in relevant roles, other years counting half, against the job's minimum. */
final class ExperienceFit {

    /** Weight of non-relevant experience years against relevant ones. */
    static final double OTHER_EXPERIENCE_WEIGHT = 0.5;
    /** A role's title this similar to the job title makes the role relevant. */
    private static final double RELEVANT_TITLE = 0.4;

    private ExperienceFit() {}

    static void score(Scoring s) {
        double required = s.job.minimumYears();
        double total = totalYears(s.profile);
        double relevant = Math.min(total, relevantYears(s));
        double effective = relevant + OTHER_EXPERIENCE_WEIGHT * (total - relevant);
        double ratio = effective / required;
        // Smooth below the requirement, a small bonus above it, capped at 1 at twice the requirement.
        double score = ratio < 1 ? 0.85 * Math.pow(ratio, 1.2) : Math.min(1.0, 0.85 + 0.15 * (ratio - 1));
        String stated = years(required) + "+ years";
        String shown = String.format(Locale.ROOT, "%s years in total, %s relevant", years(total), years(relevant));
        s.score(
                RequirementKind.EXPERIENCE,
                score,
                "Asked " + stated + "; " + shown + " (other experience counts half).");
        if (effective >= required) {
            s.matched.add(new MatchedRequirement(
                    stated, RequirementKind.EXPERIENCE, MatchType.DERIVED, shown, 1.0, List.of()));
        } else {
            s.missing.add(
                    new MissingRequirement(stated, RequirementKind.EXPERIENCE, "Dated roles add up to " + shown + "."));
        }
    }

    private static double totalYears(CandidateProfile profile) {
        if (profile.totalYears() > 0) {
            return profile.totalYears();
        }
        return profile.experience().stream()
                        .mapToInt(CandidateProfile.Experience::months)
                        .sum()
                / 12.0;
    }

    /** Years in roles whose title resembles the job title or that name a required skill. */
    private static double relevantYears(Scoring s) {
        List<String> skillWords = new ArrayList<>();
        for (SkillRequirement requirement : s.job.requiredSkills()) {
            requirement.resolved().ifPresent(skill -> {
                skillWords.add(skill.name().toLowerCase(Locale.ROOT));
                skill.aliases().forEach(a -> skillWords.add(a.toLowerCase(Locale.ROOT)));
            });
        }
        int months = 0;
        for (CandidateProfile.Experience role : s.profile.experience()) {
            String description = role.description().toLowerCase(Locale.ROOT);
            boolean relevant = TitleSimilarity.of(s.job.title(), role.title()) >= RELEVANT_TITLE
                    || skillWords.stream().anyMatch(w -> containsWord(description, w));
            months += relevant ? role.months() : 0;
        }
        return months / 12.0;
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String years(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.format(Locale.ROOT, "%.1f", years);
    }
}
