package dev.shortlist.tools.evaluation;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.embedding.OnnxSentenceEncoder;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.scoring.ReferencePopulation;
import dev.shortlist.screening.scoring.ResumeScorer;
import dev.shortlist.screening.scoring.ScreeningResult;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.tools.corpus.CorpusResume;
import dev.shortlist.tools.corpus.EvaluationData;
import dev.shortlist.tools.corpus.JobProxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Evaluates the scorer on the shared resume corpus: every job proxy of
 * {@code jd-proxies/category-jobs.tsv} ranks every resume of {@code resumes-livecareer}; prints
 * the {@link RankingReport} and the cost of each stage. Extracted text, profiles and chunk vectors
 * are cached under {@code --cache}, so a rerun measures only what changed.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Ranks the shared resume corpus against the O*NET job proxies and reports nDCG@10, P@10, MAP and macro-F1.")
public final class EvaluationCommand implements Callable<Integer> {

    private static final int COST_SAMPLE = 40;

    @Option(
            names = "--data",
            description =
                    "Data folder with resumes-livecareer/ and jd-proxies/ (default: -Dshortlist.data.dir, else ../shared/data).")
    String data;

    @Option(
            names = "--cache",
            defaultValue = "target/evaluation-cache",
            description = "Cache folder (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--limit", defaultValue = "0", description = "At most N resumes per category (0: all).")
    int limit;

    @Option(
            names = "--profiles",
            defaultValue = "parser",
            description = "parser (as the pipeline) or text (crude reader over Tika text).")
    String profiles;

    @Option(names = "--reference", description = "Reference date for experience, YYYY-MM-DD (default: today, UTC).")
    LocalDate reference;

    @Option(names = "--dump", description = "Write every (job, resume) score and sub-score to this TSV.")
    Path dump;

    @Option(names = "--max-chunks", description = "Resume chunks embedded (default: the scorer's).")
    Integer maxChunks;

    @Option(names = "--chunk-words", description = "Words per resume chunk (default: the scorer's).")
    Integer chunkWords;

    @Option(
            names = "--background",
            defaultValue = "on",
            description = "on|off: correct for a job's background similarity.")
    String background;

    @Option(
            names = "--model",
            defaultValue = "MINILM_L6_V2_Q",
            description = "Embedding model: ${COMPLETION-CANDIDATES}.")
    EmbeddingModel model;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluationCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Optional<EvaluationData> located = EvaluationData.locate(data);
        if (located.isEmpty()) {
            System.err.println("Evaluation data not found: pass --data DIR or -D" + EvaluationData.PROPERTY
                    + "=DIR (expects resumes-livecareer/ and jd-proxies/ inside).");
            return 2;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<CorpusResume> resumes = located.get().resumes(limit);
        List<JobProxy> proxies = located.get().jobProxies();
        System.out.printf(
                Locale.ROOT,
                "Corpus: %d resumes, %d job proxies, %d threads%n",
                resumes.size(),
                proxies.size(),
                workers);

        SkillTaxonomy taxonomy = Taxonomies.curated();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (CachingSentenceEncoder encoder = new CachingSentenceEncoder(
                new OnnxSentenceEncoder(model),
                cache.resolve("vectors-" + model.version().replaceAll("[^a-zA-Z0-9.-]", "_") + ".bin"))) {
            ProfileLoader loader = new ProfileLoader(pool, workers, cache, taxonomy);
            ProfileLoader.Loaded loaded = profiles.equals("text")
                    ? loader.crude(resumes)
                    : loader.parsed(resumes, reference != null ? reference : LocalDate.now(ZoneOffset.UTC));
            CandidateProfile[] candidates = loaded.profiles();

            SemanticIndexer indexer = new SemanticIndexer(encoder, words(), chunks());
            List<JobRequirements> jobs = new ArrayList<>();
            List<JobEmbeddings> jobEmbeddings = new ArrayList<>();
            RequirementExtractor extractor = new RequirementExtractor(taxonomy);
            for (JobProxy proxy : proxies) {
                JobRequirements job =
                        extractor.extract(JobSpec.ofText(proxy.category(), 1, proxy.title(), proxy.description())
                                .withSkills(List.of(), proxy.technologies()));
                jobs.add(job);
                jobEmbeddings.add(indexer.embed(job));
            }

            // Chunk vectors come from the cache when seen before.
            int before = encoder.size();
            long start = System.nanoTime();
            ResumeEmbeddings[] embeddings =
                    Parallel.map(pool, resumes.size(), i -> indexer.embed(candidates[i]), ResumeEmbeddings[]::new);
            double embedWallSeconds = (System.nanoTime() - start) / 1e9;
            int chunkCount =
                    Arrays.stream(embeddings).mapToInt(e -> e.chunks().size()).sum();

            boolean corrected = !background.equals("off");
            ResumeScorer scorer = new ResumeScorer(
                    taxonomy, corrected ? ReferencePopulation.embedded(indexer) : null, indexer.calibration());
            if (corrected) {
                for (int j = 0; j < jobs.size(); j++) {
                    double[] level = scorer.background(jobs.get(j), jobEmbeddings.get(j));
                    System.out.printf(
                            Locale.ROOT,
                            "Background %-24s title %.3f semantic %.3f%n",
                            proxies.get(j).category(),
                            level[0],
                            level[1]);
                }
            }
            start = System.nanoTime();
            ScreeningResult[][] results = new ScreeningResult[jobs.size()][];
            for (int j = 0; j < jobs.size(); j++) {
                int job = j;
                results[j] = Parallel.map(
                        pool,
                        resumes.size(),
                        i -> scorer.score(jobs.get(job), jobEmbeddings.get(job), candidates[i], embeddings[i]),
                        ScreeningResult[]::new);
            }
            double scoreMs = (System.nanoTime() - start) / 1e6 * workers / ((double) jobs.size() * resumes.size());

            RankingReport report = new RankingReport(resumes, proxies, results);
            report.print(System.out);
            if (dump != null) {
                report.dump(dump);
            }
            printCosts(loaded, candidates, chunkCount, encoder.size() - before, embedWallSeconds, scoreMs);
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    /** Stage costs on one core; the embedding cost from a fresh (uncached) encoder over a sample, single-threaded. */
    private void printCosts(
            ProfileLoader.Loaded loaded,
            CandidateProfile[] candidates,
            int chunkCount,
            int newChunks,
            double embedWallSeconds,
            double scoreMs) {
        SemanticIndexer fresh = new SemanticIndexer(new OnnxSentenceEncoder(model), words(), chunks());
        fresh.embed(candidates[0]);
        int sample = Math.min(COST_SAMPLE, candidates.length);
        long start = System.nanoTime();
        int sampleChunks = 0;
        for (int i = 0; i < sample; i++) {
            sampleChunks += fresh.embed(candidates[(int) ((long) i * candidates.length / sample)])
                    .chunks()
                    .size();
        }
        double embedMs = (System.nanoTime() - start) / 1e6 / sample;
        double chunkMs = (System.nanoTime() - start) / 1e6 / Math.max(1, sampleChunks);

        System.out.println();
        System.out.println("Stage costs per document on one core:");
        System.out.println("  extract              " + loaded.extractCost());
        System.out.println("  parse                " + loaded.parseCost());
        System.out.printf(
                Locale.ROOT,
                "  embed (resume)       %7.1f ms   (%.1f chunks/resume, %.1f ms/chunk; %d new chunks embedded this run in %.1f s)%n",
                embedMs,
                (double) chunkCount / candidates.length,
                chunkMs,
                newChunks,
                embedWallSeconds);
        System.out.printf(Locale.ROOT, "  score (one job)      %7.3f ms%n", scoreMs);
        System.out.printf(
                Locale.ROOT,
                "Throughput per core: %.0f scorings/s with embeddings cached; %.1f resumes/s incl. embeddings + one scoring%n",
                1000 / scoreMs,
                1000 / (embedMs + scoreMs));
    }

    private int chunks() {
        return maxChunks != null ? maxChunks : SemanticIndexer.DEFAULT_MAX_RESUME_CHUNKS;
    }

    private int words() {
        return chunkWords != null ? chunkWords : SemanticIndexer.DEFAULT_CHUNK_WORDS;
    }
}
