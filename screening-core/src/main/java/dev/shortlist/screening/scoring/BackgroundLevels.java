package dev.shortlist.screening.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.RequirementKind;
import java.util.Locale;

/**
 * How much a job resembles candidates in general: its mean title and semantic category scores over
 * a {@link ReferencePopulation}, measured once per job revision. A job whose text resembles every
 * resume would otherwise lift every candidate; the scorer moves both categories by the job's excess
 * over the typical level.
 */
final class BackgroundLevels {

    private static final int MAX_JOBS = 10_000;
    /** Excesses smaller than this are left alone. */
    private static final double NEGLIGIBLE = 0.005;

    private final ReferencePopulation references;
    private final CosineCalibration cosines;
    private final Cache<String, double[]> levels =
            Caffeine.newBuilder().maximumSize(MAX_JOBS).build();

    BackgroundLevels(ReferencePopulation references, CosineCalibration cosines) {
        this.references = references;
        this.cosines = cosines;
    }

    /** The job's mean title and semantic category scores over the reference population. */
    double[] of(JobRequirements job, JobEmbeddings jobEmbeddings) {
        String key = job.jobId() + "@" + job.revision() + "@" + job.title() + "@" + jobEmbeddings.modelVersion();
        return levels.get(key, k -> measure(job, jobEmbeddings));
    }

    /** Moves the title and semantic scores of {@code s} by the job's excess over the typical background. */
    void correct(Scoring s) {
        double[] background = of(s.job, s.jobEmbeddings);
        correct(s, RequirementKind.TITLE, background[0] - cosines.typicalTitleBackground());
        correct(s, RequirementKind.SEMANTIC, background[1] - cosines.typicalSemanticBackground());
    }

    private double[] measure(JobRequirements job, JobEmbeddings jobEmbeddings) {
        double title = 0;
        double semantic = 0;
        for (ReferencePopulation.Member member : references.members()) {
            Scoring s = new Scoring(job, member.profile(), jobEmbeddings, member.embeddings(), cosines);
            if (!job.title().isBlank()) {
                TitleFit.score(s);
                title += s.scores.get(RequirementKind.TITLE);
            }
            SemanticFit.score(s);
            semantic += s.scores.get(RequirementKind.SEMANTIC);
        }
        int n = Math.max(1, references.members().size());
        return new double[] {title / n, semantic / n};
    }

    private static void correct(Scoring s, RequirementKind kind, double excess) {
        Double value = s.scores.get(kind);
        if (value == null || Math.abs(excess) < NEGLIGIBLE) {
            return;
        }
        s.score(
                kind,
                Scoring.clamp(value - excess),
                s.explanations.get(kind)
                        + String.format(
                                Locale.ROOT,
                                " %s by %.2f because this job's %s resembles candidates in general %s than most jobs do.",
                                excess > 0 ? "Lowered" : "Raised",
                                Math.abs(excess),
                                kind == RequirementKind.TITLE ? "title" : "text",
                                excess > 0 ? "more" : "less"));
    }
}
