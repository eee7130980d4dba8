package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.EvidenceSpan;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.EmbeddedChunk;
import dev.shortlist.screening.embedding.Vectors;
import dev.shortlist.screening.requirements.RequirementKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The title category: the closest of the headline and the four most recent titles to the job
 * title, by shared words (older titles count less) or, with embeddings, by meaning.
 */
final class TitleFit {

    private TitleFit() {}

    static void score(Scoring s) {
        String jobTitle = s.job.title();
        List<String> titles = new ArrayList<>(new LinkedHashSet<>(recentTitles(s.profile)));
        double bestToken = 0;
        String bestTitle = null;
        for (int i = 0; i < titles.size(); i++) {
            double recency = Math.max(0.6, 1.0 - 0.1 * i);
            double similarity = recency * TitleSimilarity.of(jobTitle, titles.get(i));
            if (similarity > bestToken) {
                bestToken = similarity;
                bestTitle = titles.get(i);
            }
        }
        double semantic = 0;
        Optional<EmbeddedChunk> resumeTitles =
                s.resumeEmbeddings == null ? Optional.empty() : s.resumeEmbeddings.titles();
        Optional<EmbeddedChunk> jobTitleChunk = s.jobEmbeddings == null ? Optional.empty() : s.jobEmbeddings.title();
        if (resumeTitles.isPresent() && jobTitleChunk.isPresent()) {
            CosineCalibration cosines = s.cosines;
            semantic = Scoring.clamp((Vectors.cosine(
                                    jobTitleChunk.get().vector(),
                                    resumeTitles.get().vector())
                            - cosines.titleFloor())
                    / (cosines.titleCeiling() - cosines.titleFloor()));
        }
        double score = Math.max(bestToken, semantic);
        if (titles.isEmpty()) {
            s.score(RequirementKind.TITLE, score, "The resume states no title to compare with \"" + jobTitle + "\".");
            s.missing.add(new MissingRequirement(jobTitle, RequirementKind.TITLE, "No job title found in the resume."));
            return;
        }
        boolean byTokens = bestToken >= semantic && bestTitle != null;
        s.score(
                RequirementKind.TITLE,
                score,
                byTokens
                        ? "Closest recent title \"" + bestTitle + "\" shares words with \"" + jobTitle + "\"."
                        : String.format(
                                Locale.ROOT,
                                "Recent titles are %.0f%% similar in meaning to \"%s\".",
                                100 * semantic,
                                jobTitle));
        if (score >= 0.5) {
            String seen =
                    byTokens ? bestTitle : resumeTitles.map(EmbeddedChunk::text).orElse(String.join("; ", titles));
            s.matched.add(new MatchedRequirement(
                    jobTitle,
                    RequirementKind.TITLE,
                    byTokens ? MatchType.EXACT : MatchType.SEMANTIC,
                    seen,
                    Scoring.round(score, 3),
                    List.of(new EvidenceSpan("EXPERIENCE", -1, -1, seen))));
        } else if (score < 0.3) {
            s.missing.add(new MissingRequirement(
                    jobTitle,
                    RequirementKind.TITLE,
                    "Recent titles (" + String.join("; ", titles) + ") differ from the job title."));
        }
    }

    private static List<String> recentTitles(CandidateProfile profile) {
        List<String> titles = new ArrayList<>();
        if (!profile.headline().isBlank()) {
            titles.add(profile.headline());
        }
        profile.experience().stream()
                .map(CandidateProfile.Experience::title)
                .filter(t -> !t.isBlank())
                .limit(4)
                .forEach(titles::add);
        return titles;
    }
}
