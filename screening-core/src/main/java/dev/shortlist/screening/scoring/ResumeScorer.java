package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a blind {@link CandidateProfile} against {@link JobRequirements}: an explainable layer
 * (skills, experience, education, title, languages) plus a semantic layer over precomputed
 * embeddings. Deterministic: the same inputs give an identical result. Embeddings are
 * optional; without them the semantic category is left out and its weight shared by the rest.
 *
 * <p>Each category scores 0..1; the total is {@code 100 × Σ weight × score} over the categories
 * the job states, weights normalised over those. Bands: see {@link Band}.
 */
public final class ResumeScorer {

    public static final String VERSION = "scorer-1.3.0";

    /** Credit for a related skill (PostgreSQL asked, MySQL shown). */
    public static final double RELATED_CREDIT = SkillCoverage.RELATED_CREDIT;

    private final SkillTaxonomy taxonomy;
    private final CosineCalibration cosines;
    private final SkillCoverage skills;
    /** Null when no reference population is configured. */
    private final BackgroundLevels backgrounds;

    /** Scores without correcting for a job's background level, reading cosines as MiniLM's. */
    public ResumeScorer(SkillTaxonomy taxonomy) {
        this(taxonomy, null);
    }

    /** Reads cosines as MiniLM's (the default model). */
    public ResumeScorer(SkillTaxonomy taxonomy, ReferencePopulation references) {
        this(taxonomy, references, EmbeddingModel.MINILM_L6_V2_Q.calibration());
    }

    /**
     * @param references the population a job's background level is measured against, or null for
     *                   none; used only when the job and the resume have embeddings
     * @param cosines    how to read the cosines of the model that made the embeddings
     */
    public ResumeScorer(SkillTaxonomy taxonomy, ReferencePopulation references, CosineCalibration cosines) {
        this.taxonomy = taxonomy;
        this.cosines = cosines;
        this.skills = new SkillCoverage(taxonomy);
        this.backgrounds = references == null ? null : new BackgroundLevels(references, cosines);
    }

    /** Scores without the semantic layer. */
    public ScreeningResult score(JobRequirements job, CandidateProfile profile) {
        return score(job, null, profile, null);
    }

    public ScreeningResult score(
            JobRequirements job,
            JobEmbeddings jobEmbeddings,
            CandidateProfile profile,
            ResumeEmbeddings resumeEmbeddings) {
        boolean semantic = jobEmbeddings != null
                && resumeEmbeddings != null
                && !jobEmbeddings.comparable().isEmpty();
        Scoring s =
                new Scoring(job, profile, semantic ? jobEmbeddings : null, semantic ? resumeEmbeddings : null, cosines);
        if (!job.requiredSkills().isEmpty()) {
            skills.score(s, job.requiredSkills(), RequirementKind.REQUIRED_SKILL);
        }
        if (!job.preferredSkills().isEmpty()) {
            skills.score(s, job.preferredSkills(), RequirementKind.PREFERRED_SKILL);
        }
        if (job.minimumYears() != null && job.minimumYears() > 0) {
            ExperienceFit.score(s);
        }
        if (job.educationLevel().isStated()) {
            EducationFit.score(s);
        }
        if (!job.title().isBlank()) {
            TitleFit.score(s);
        }
        if (!job.languages().isEmpty()) {
            LanguageFit.score(s);
        }
        if (semantic) {
            SemanticFit.score(s);
            if (backgrounds != null) {
                backgrounds.correct(s);
            }
        }

        Map<RequirementKind, Double> weights = job.weights().normalisedOver(s.scores.keySet());
        List<SubScore> subScores = new ArrayList<>();
        double total = 0;
        for (Map.Entry<RequirementKind, Double> entry : s.scores.entrySet()) {
            double score = Scoring.clamp(entry.getValue());
            double weight = weights.get(entry.getKey());
            total += weight * score;
            subScores.add(new SubScore(
                    entry.getKey(),
                    Scoring.round(score, 3),
                    Scoring.round(weight, 3),
                    s.explanations.get(entry.getKey())));
        }
        double score = Scoring.round(100 * total, 1);

        Map<String, String> models = new TreeMap<>();
        if (semantic) {
            models.put("embedding", resumeEmbeddings.modelVersion());
        }
        return new ScreeningResult(
                score,
                Band.of(score),
                subScores,
                s.matched,
                s.missing,
                Suggestions.of(s),
                job.revision(),
                VERSION,
                job.taxonomyVersion() == null ? taxonomy.version() : job.taxonomyVersion(),
                models);
    }

    /**
     * The job's mean title and semantic category scores over the reference population: how much
     * it resembles candidates in general. Computed once per job revision.
     */
    public double[] background(JobRequirements job, JobEmbeddings jobEmbeddings) {
        if (backgrounds == null) {
            throw new IllegalStateException("this scorer has no reference population");
        }
        return backgrounds.of(job, jobEmbeddings);
    }
}
