package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.requirements.RequirementKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a candidate could add to the resume, from what the scoring found missing and the profile's gaps. */
final class Suggestions {

    private static final Pattern QUANTIFIED =
            Pattern.compile("\\d+\\s*%|[$€£]\\s*\\d|\\b\\d{2,}\\b|\\b\\d+(\\.\\d+)?\\s*(k|m|million|billion)\\b");

    /** Profile gaps that are contact fields: flags only, the scorer never sees contact values. */
    private static final Set<String> CONTACT_FIELDS = Set.of("email", "phone");

    private Suggestions() {}

    static List<String> of(Scoring s) {
        CandidateProfile profile = s.profile;
        List<MissingRequirement> missing = s.missing;
        List<String> suggestions = new ArrayList<>();
        List<String> missingRequired = missing.stream()
                .filter(m -> m.kind() == RequirementKind.REQUIRED_SKILL)
                .map(MissingRequirement::requirement)
                .toList();
        if (!missingRequired.isEmpty()) {
            suggestions.add(
                    "Required skills not shown: " + String.join(", ", missingRequired)
                            + ". If the candidate has them, they should appear in the skills section and in the role where they were used.");
        }
        List<String> missingPreferred = missing.stream()
                .filter(m -> m.kind() == RequirementKind.PREFERRED_SKILL)
                .map(MissingRequirement::requirement)
                .limit(8)
                .toList();
        if (!missingPreferred.isEmpty()) {
            suggestions.add("Nice-to-have skills not shown: " + String.join(", ", missingPreferred) + ".");
        }
        missing.stream()
                .filter(m -> m.kind() == RequirementKind.EXPERIENCE)
                .findFirst()
                .ifPresent(m -> suggestions.add("The job asks for " + m.requirement()
                        + " of experience; make the dates and scope of relevant roles explicit."));
        missing.stream()
                .filter(m -> m.kind() == RequirementKind.EDUCATION)
                .findFirst()
                .ifPresent(m -> suggestions.add(
                        "The job asks for " + m.requirement() + "; list degrees and certifications with their level."));
        String narrative = profile.summary() + " "
                + String.join(
                        " ",
                        profile.experience().stream()
                                .map(CandidateProfile.Experience::description)
                                .toList());
        if (!profile.experience().isEmpty()
                && !QUANTIFIED.matcher(narrative.toLowerCase(Locale.ROOT)).find()) {
            suggestions.add(
                    "No quantified achievements: add numbers (volumes, percentages, budgets, team sizes) to recent roles.");
        }
        List<String> contact =
                profile.profileGaps().stream().filter(CONTACT_FIELDS::contains).toList();
        if (!contact.isEmpty()) {
            suggestions.add("Missing contact fields: " + String.join(", ", contact) + ".");
        }
        if (profile.profileGaps().contains("dated experience")
                && !profile.experience().isEmpty()) {
            suggestions.add("Roles carry no dates: add start and end months so experience can be counted.");
        }
        if (profile.profileGaps().contains("skills") && profile.skills().isEmpty()) {
            suggestions.add("No skills found: list tools and skills explicitly, in a skills section and in the roles.");
        }
        suggestions.addAll(gaps(profile));
        if (profile.summary().isBlank()) {
            suggestions.add("Add a short summary that states the target role and main strengths.");
        }
        return suggestions;
    }

    /** Unexplained gaps of more than six months between consecutive dated roles. */
    private static List<String> gaps(CandidateProfile profile) {
        List<CandidateProfile.Experience> dated = profile.experience().stream()
                .filter(e -> e.start() != null)
                .sorted(Comparator.comparing(CandidateProfile.Experience::start))
                .toList();
        List<String> result = new ArrayList<>();
        YearMonth coveredUntil = null;
        for (CandidateProfile.Experience role : dated) {
            if (coveredUntil != null && role.start().isAfter(coveredUntil.plusMonths(6))) {
                result.add("Unexplained gap between " + coveredUntil + " and " + role.start()
                        + ": say what happened in between.");
            }
            YearMonth end = role.end() == null ? YearMonth.of(9999, 12) : role.end();
            coveredUntil = coveredUntil == null || end.isAfter(coveredUntil) ? end : coveredUntil;
        }
        return result;
    }
}
