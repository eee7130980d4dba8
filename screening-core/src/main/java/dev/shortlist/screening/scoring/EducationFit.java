package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.requirements.EducationLevel;
import dev.shortlist.screening.requirements.RequirementKind;
import java.util.List;

/** The education category: the highest stated level against the job's; one level short earns part. */
final class EducationFit {

    private EducationFit() {}

    static void score(Scoring s) {
        EducationLevel wanted = s.job.educationLevel();
        EducationLevel shown = s.profile.highestEducation();
        double score;
        if (!shown.isStated()) {
            score = 0.3;
        } else if (shown.compareTo(wanted) >= 0) {
            score = 1.0;
        } else {
            score = shown.ordinal() == wanted.ordinal() - 1 ? 0.6 : 0.3;
        }
        String wantedText = label(wanted);
        s.score(
                RequirementKind.EDUCATION,
                score,
                "Asked " + wantedText + "; resume shows " + (shown.isStated() ? label(shown) : "no stated level")
                        + ".");
        if (score >= 1.0) {
            String field = s.profile.education().stream()
                    .filter(e -> e.level() == shown)
                    .map(CandidateProfile.Education::field)
                    .filter(f -> !f.isBlank())
                    .findFirst()
                    .orElse("");
            s.matched.add(new MatchedRequirement(
                    wantedText,
                    RequirementKind.EDUCATION,
                    shown == wanted ? MatchType.EXACT : MatchType.DERIVED,
                    label(shown) + (field.isBlank() ? "" : " in " + field),
                    1.0,
                    List.of()));
        } else {
            s.missing.add(new MissingRequirement(
                    wantedText,
                    RequirementKind.EDUCATION,
                    "Looked for " + wantedText + " or higher; found " + (shown.isStated() ? label(shown) : "none")
                            + "."));
        }
    }

    private static String label(EducationLevel level) {
        return switch (level) {
            case DOCTORATE -> "a doctorate";
            case MASTER -> "a master's degree";
            case BACHELOR -> "a bachelor's degree";
            case ASSOCIATE -> "an associate degree";
            case CERTIFICATE -> "a certificate or diploma";
            case HIGH_SCHOOL -> "a high-school diploma";
            case NONE, UNKNOWN -> "no stated level";
        };
    }
}
