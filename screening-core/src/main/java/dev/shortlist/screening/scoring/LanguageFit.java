package dev.shortlist.screening.scoring;

import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.requirements.SpokenLanguages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The language category: the share of the job's languages the resume states (or is written in). */
final class LanguageFit {

    private LanguageFit() {}

    static void score(Scoring s) {
        Set<String> shown = new LinkedHashSet<>(s.profile.languages());
        List<String> wanted = s.job.languages();
        int met = 0;
        for (String code : wanted) {
            String name = SpokenLanguages.displayName(code);
            if (shown.contains(code)) {
                met++;
                s.matched.add(
                        new MatchedRequirement(name, RequirementKind.LANGUAGE, MatchType.EXACT, name, 1.0, List.of()));
            } else {
                s.missing.add(new MissingRequirement(
                        name, RequirementKind.LANGUAGE, "The resume does not state " + name + "."));
            }
        }
        s.score(
                RequirementKind.LANGUAGE,
                (double) met / wanted.size(),
                met + " of " + wanted.size() + " required languages stated.");
    }
}
