package dev.shortlist.streams.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.requirements.EducationLevel;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.requirements.ScoringWeights;
import dev.shortlist.screening.scoring.ReferencePopulation;
import dev.shortlist.screening.scoring.ResumeScorer;
import dev.shortlist.screening.scoring.ScreeningResult;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;

/**
 * The scoring topology's scorer: requirements extracted once per job revision, embeddings computed
 * once per job revision (bounded in-memory caches), a resume's embeddings taken from its parsed
 * event (computed at parse time, see {@link EmbeddingParsingAdapter}) or, for profiles parsed
 * without them or by another model, computed here and cached; then {@link ResumeScorer}.
 * Without an indexer it scores with the explainable layer only.
 */
public final class ResumeScorerAdapter implements ScreeningScorerAdapter {

    private final RequirementExtractor extractor;
    private final ResumeScorer scorer;
    private final SemanticIndexer indexer;
    private final Cache<String, JobRequirements> requirements;
    private final Cache<String, JobEmbeddings> jobEmbeddings;
    private final Cache<String, ResumeEmbeddings> resumeEmbeddings;

    /**
     * @param indexer   the semantic layer, or null to score without it
     * @param cacheSize entries kept per cache (job requirements, job and resume embeddings)
     */
    public ResumeScorerAdapter(SkillTaxonomy taxonomy, SemanticIndexer indexer, int cacheSize) {
        this.extractor = new RequirementExtractor(taxonomy);
        this.scorer = new ResumeScorer(
                taxonomy,
                indexer == null ? null : ReferencePopulation.embedded(indexer),
                indexer == null ? EmbeddingModel.MINILM_L6_V2_Q.calibration() : indexer.calibration());
        this.indexer = indexer;
        this.requirements = bounded(cacheSize);
        this.jobEmbeddings = bounded(cacheSize);
        this.resumeEmbeddings = bounded(cacheSize);
    }

    @Override
    public ScreeningScored score(
            String jobId, int jobRevision, JobDefinition job, String resumeId, ResumeParsed parsed) {
        String jobVersion = jobId + "@" + jobRevision;
        JobRequirements required =
                requirements.get(jobVersion, key -> extractor.extract(spec(jobId, jobRevision, job)));
        CandidateProfile profile = CandidateProfileMapper.fromAvro(parsed);
        ScreeningResult result;
        if (indexer == null) {
            result = scorer.score(required, profile);
        } else {
            // Embedded here only when the parse stage did not (semantic layer off then, another model);
            // a resume version is its id, parser version and blind profile: a re-parse gets fresh embeddings.
            ResumeEmbeddings embeddings = CandidateProfileMapper.embeddings(parsed, indexer.modelVersion())
                    .map(indexer::limited)
                    .orElseGet(() -> resumeEmbeddings.get(
                            resumeId + "@" + parsed.getParserVersion() + "@" + profile.hashCode(),
                            key -> indexer.embed(profile)));
            result = scorer.score(
                    required, jobEmbeddings.get(jobVersion, key -> indexer.embed(required)), profile, embeddings);
        }
        return toAvro(result);
    }

    static JobSpec spec(String jobId, int revision, JobDefinition job) {
        dev.shortlist.schemas.job.ScoringWeights weights = job.getWeights();
        return new JobSpec(
                jobId,
                revision,
                job.getTitle(),
                job.getDescription(),
                job.getRequiredSkills(),
                job.getPreferredSkills(),
                job.getMinimumYears(),
                EducationLevel.valueOf(job.getEducationLevel().name()),
                job.getLanguages(),
                weights == null
                        ? null
                        : new ScoringWeights(
                                weights.getRequiredSkills(),
                                weights.getPreferredSkills(),
                                weights.getExperience(),
                                weights.getEducation(),
                                weights.getTitle(),
                                weights.getLanguages(),
                                weights.getSemantic()));
    }

    static ScreeningScored toAvro(ScreeningResult result) {
        return ScreeningScored.newBuilder()
                .setScore(result.score())
                .setBand(dev.shortlist.schemas.screening.Band.valueOf(
                        result.band().name()))
                .setSubScores(result.subScores().stream()
                        .map(s -> new dev.shortlist.schemas.screening.SubScore(
                                kind(s.category()), s.score(), s.weight(), s.explanation()))
                        .toList())
                .setMatched(result.matched().stream()
                        .map(m -> new dev.shortlist.schemas.screening.MatchedRequirement(
                                m.requirement(),
                                kind(m.kind()),
                                dev.shortlist.schemas.screening.MatchType.valueOf(
                                        m.matchType().name()),
                                m.matchedAs(),
                                m.confidence(),
                                m.evidence().stream()
                                        .map(e -> new Evidence(e.section(), e.start(), e.end(), e.text()))
                                        .toList()))
                        .toList())
                .setMissing(result.missing().stream()
                        .map(m -> new dev.shortlist.schemas.screening.MissingRequirement(
                                m.requirement(), kind(m.kind()), m.detail()))
                        .toList())
                .setSuggestions(result.suggestions())
                .setJobRevision(result.jobRevision())
                .setScorerVersion(result.scorerVersion())
                .setTaxonomyVersion(result.taxonomyVersion())
                .setModelVersions(result.modelVersions())
                .build();
    }

    private static dev.shortlist.schemas.screening.RequirementKind kind(RequirementKind kind) {
        return dev.shortlist.schemas.screening.RequirementKind.valueOf(kind.name());
    }

    private static <V> Cache<String, V> bounded(int size) {
        return Caffeine.newBuilder().maximumSize(size).build();
    }
}
