package dev.shortlist.streams.evaluation;

import dev.shortlist.streams.parsing.ParseOutcome;
import dev.shortlist.streams.parsing.ParserSettings;
import dev.shortlist.streams.parsing.ResumeParser;
import dev.shortlist.streams.scoring.Band;
import dev.shortlist.streams.scoring.CandidateProfiles;
import dev.shortlist.streams.scoring.CandidateProfile;
import dev.shortlist.streams.scoring.JobEmbeddings;
import dev.shortlist.streams.scoring.JobRequirements;
import dev.shortlist.streams.scoring.JobSpec;
import dev.shortlist.streams.scoring.EmbeddingModel;
import dev.shortlist.streams.scoring.OnnxSentenceEncoder;
import dev.shortlist.streams.scoring.RequirementExtractor;
import dev.shortlist.streams.scoring.ResumeEmbeddings;
import dev.shortlist.streams.scoring.ResumeScorer;
import dev.shortlist.streams.scoring.ReferencePopulation;
import dev.shortlist.streams.scoring.RequirementKind;
import dev.shortlist.streams.scoring.ScreeningResult;
import dev.shortlist.streams.scoring.SubScore;
import dev.shortlist.streams.scoring.SemanticIndexer;
import dev.shortlist.streams.taxonomy.SkillTaxonomy;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Evaluates the scorer on the shared resume corpus: every job proxy of
 * {@code jd-proxies/category-jobs.tsv} ranks every resume of {@code resumes-livecareer}
 * (relevant = same category) for nDCG@10, P@10 and MAP; each resume is assigned to the proxy
 * that scores it highest for category macro-F1. Prints per-category and overall numbers and
 * the cost of each stage.
 *
 * <p>Run: {@code java -cp … dev.shortlist.streams.evaluation.EvaluationCommand [--data DIR]
 * [--cache DIR] [--threads N] [--limit N] [--profiles parser|text] [--reference YYYY-MM-DD] [--dump FILE] [--max-chunks N] [--chunk-words N] [--background on|off] [--model MINILM_L6_V2_Q|BGE_SMALL_EN_V15_Q]}. The data folder defaults to the system property
 * {@code shortlist.data.dir}, else {@code ../shared/data} beside the repository. Extracted text
 * and chunk vectors are cached under {@code target/evaluation-cache}.
 */
public final class EvaluationCommand {

    private static final int K = 10;
    private static final int COST_SAMPLE = 40;

    private EvaluationCommand() {
    }

    record Resume(String id, String category, Path file) {
    }

    record Proxy(String category, String title, String description, List<String> technologies) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path data = dataDir(options.get("data"));
        if (data == null) {
            System.err.println("Evaluation data not found: pass --data DIR or -Dshortlist.data.dir=DIR (expects "
                    + "resumes-livecareer/ and jd-proxies/ inside).");
            System.exit(2);
            return;
        }
        Path cache = Path.of(options.getOrDefault("cache", "target/evaluation-cache"));
        int threads = Integer.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        int limit = Integer.parseInt(options.getOrDefault("limit", "0"));

        List<Resume> resumes = manifest(data.resolve("resumes-livecareer"), limit);
        List<Proxy> proxies = proxies(data.resolve("jd-proxies/category-jobs.tsv"));
        System.out.printf(Locale.ROOT, "Corpus: %d resumes, %d job proxies, %d threads%n", resumes.size(), proxies.size(), threads);

        SkillTaxonomy taxonomy = EvaluationTaxonomy.load();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        EmbeddingModel model = EmbeddingModel.valueOf(options.getOrDefault("model", EmbeddingModel.MINILM_L6_V2_Q.name()));
        try (CachingSentenceEncoder encoder = new CachingSentenceEncoder(new OnnxSentenceEncoder(model),
                cache.resolve("vectors-" + model.version().replaceAll("[^a-zA-Z0-9.-]", "_") + ".bin"))) {
            // 1-2. Profiles: the resume parser (default), or cached Tika text read by a crude reader.
            CandidateProfile[] profiles;
            String extractLine;
            String parseLine;
            if (options.getOrDefault("profiles", "parser").equals("text")) {
                long t0 = System.nanoTime();
                Tika tika = new Tika();
                tika.setMaxStringLength(-1);
                AtomicLong extractNanos = new AtomicLong();
                AtomicLong extracted = new AtomicLong();
                String[] texts = parallel(pool, resumes.size(), i -> cachedText(tika, resumes.get(i), cache, extractNanos, extracted),
                        String[]::new);
                TextProfileReader reader = new TextProfileReader(taxonomy);
                t0 = System.nanoTime();
                profiles = parallel(pool, resumes.size(), i -> reader.read(texts[i]), CandidateProfile[]::new);
                extractLine = extracted.get() == 0 ? "cached (delete " + cache.resolve("text") + " to measure)"
                        : String.format(Locale.ROOT, "%7.1f ms", extractNanos.get() / 1e6 / extracted.get());
                parseLine = String.format(Locale.ROOT, "%7.2f ms (crude text reader)",
                        (System.nanoTime() - t0) / 1e6 * threads / resumes.size());
            } else {
                LocalDate reference = LocalDate.parse(options.getOrDefault("reference", LocalDate.now(ZoneOffset.UTC).toString()));
                AtomicLong parseNanos = new AtomicLong();
                AtomicLong parsedNow = new AtomicLong();
                Map<String, Integer> failures = new TreeMap<>();
                Path profileCache = cache.resolve("profiles-" + ResumeParser.VERSION + "-" + taxonomy.version().replaceAll("[^a-zA-Z0-9.-]", "_")
                        + "-" + reference + ".ser");
                Map<String, CandidateProfile> cachedProfiles = readProfiles(profileCache);
                // Failed documents are not cached, so every run reports them.
                boolean[] failed = new boolean[resumes.size()];
                try (ResumeParser parser = new ResumeParser(ParserSettings.defaults().withTimeout(Duration.ofSeconds(60))
                        .withExtractionThreads(threads), taxonomy)) {
                    profiles = parallel(pool, resumes.size(), i -> {
                        CandidateProfile known = cachedProfiles.get(resumes.get(i).id());
                        if (known != null) {
                            return known;
                        }
                        long p0 = System.nanoTime();
                        try {
                            ParseOutcome outcome = parser.parse(Files.readAllBytes(resumes.get(i).file()), reference);
                            parseNanos.addAndGet(System.nanoTime() - p0);
                            parsedNow.incrementAndGet();
                            if (outcome instanceof ParseOutcome.Parsed parsed) {
                                return CandidateProfiles.from(parsed.profile());
                            }
                            failed[i] = true;
                            synchronized (failures) {
                                failures.merge(((ParseOutcome.Failed) outcome).reason().name(), 1, Integer::sum);
                            }
                        } catch (IOException e) {
                            failed[i] = true;
                            synchronized (failures) {
                                failures.merge("IO", 1, Integer::sum);
                            }
                        }
                        // An unreadable resume still gets ranked (last): never silently dropped.
                        return CandidateProfile.builder().build();
                    }, CandidateProfile[]::new);
                }
                if (parsedNow.get() > 0) {
                    Map<String, CandidateProfile> all = new TreeMap<>();
                    for (int i = 0; i < resumes.size(); i++) {
                        if (!failed[i]) {
                            all.put(resumes.get(i).id(), profiles[i]);
                        }
                    }
                    all.putAll(cachedProfiles);
                    writeProfiles(profileCache, all);
                }
                System.out.println("Parse failures: " + (failures.isEmpty() ? "none" : failures));
                extractLine = "included in parse";
                parseLine = parsedNow.get() == 0 ? "cached (delete " + profileCache + " to measure)"
                        : String.format(Locale.ROOT, "%7.1f ms (Tika + %s, %d parsed this run)",
                        parseNanos.get() / 1e6 / parsedNow.get(), ResumeParser.VERSION, parsedNow.get());
            }

            // 3. Jobs: requirements and embeddings.
            RequirementExtractor extractor = new RequirementExtractor(taxonomy);
            int maxChunks = Integer.parseInt(options.getOrDefault("max-chunks", String.valueOf(SemanticIndexer.DEFAULT_MAX_RESUME_CHUNKS)));
            int chunkWords = Integer.parseInt(options.getOrDefault("chunk-words", String.valueOf(SemanticIndexer.DEFAULT_CHUNK_WORDS)));
            SemanticIndexer indexer = new SemanticIndexer(encoder, chunkWords, maxChunks);
            List<JobRequirements> jobs = new ArrayList<>();
            List<JobEmbeddings> jobEmbeddings = new ArrayList<>();
            for (Proxy proxy : proxies) {
                JobRequirements job = extractor.extract(JobSpec.ofText(proxy.category(), 1, proxy.title(), proxy.description())
                        .withSkills(List.of(), proxy.technologies()));
                jobs.add(job);
                jobEmbeddings.add(indexer.embed(job));
            }

            // 4. Resume embeddings (chunk vectors come from the cache when seen before).
            int before = encoder.size();
            long t0 = System.nanoTime();
            ResumeEmbeddings[] embeddings = parallel(pool, resumes.size(), i -> indexer.embed(profiles[i]), ResumeEmbeddings[]::new);
            double embedWallS = (System.nanoTime() - t0) / 1e9;
            int chunks = Arrays.stream(embeddings).mapToInt(e -> e.chunks().size()).sum();

            // 5. Score every pair.
            boolean background = !options.getOrDefault("background", "on").equals("off");
            ResumeScorer scorer = new ResumeScorer(taxonomy, background ? ReferencePopulation.embedded(indexer) : null, indexer.calibration());
            if (background) {
                for (int j = 0; j < jobs.size(); j++) {
                    double[] level = scorer.background(jobs.get(j), jobEmbeddings.get(j));
                    System.out.printf(Locale.ROOT, "Background %-24s title %.3f semantic %.3f%n", proxies.get(j).category(), level[0], level[1]);
                }
            }
            t0 = System.nanoTime();
            ScreeningResult[][] results = new ScreeningResult[jobs.size()][];
            for (int j = 0; j < jobs.size(); j++) {
                int jj = j;
                results[j] = parallel(pool, resumes.size(),
                        i -> scorer.score(jobs.get(jj), jobEmbeddings.get(jj), profiles[i], embeddings[i]), ScreeningResult[]::new);
            }
            double scoreMs = (System.nanoTime() - t0) / 1e6 * threads / ((double) jobs.size() * resumes.size());

            report(resumes, proxies, results);
            if (options.containsKey("dump")) {
                dump(Path.of(options.get("dump")), resumes, proxies, results);
            }

            // 6. Costs: a fresh (uncached) embedding of a sample, single-threaded.
            OnnxSentenceEncoder fresh = new OnnxSentenceEncoder(model);
            SemanticIndexer freshIndexer = new SemanticIndexer(fresh, chunkWords, maxChunks);
            freshIndexer.embed(profiles[0]);
            int sample = Math.min(COST_SAMPLE, resumes.size());
            long e0 = System.nanoTime();
            int sampleChunks = 0;
            for (int i = 0; i < sample; i++) {
                sampleChunks += freshIndexer.embed(profiles[(int) ((long) i * resumes.size() / sample)]).chunks().size();
            }
            double embedMs = (System.nanoTime() - e0) / 1e6 / sample;
            double chunkMs = (System.nanoTime() - e0) / 1e6 / Math.max(1, sampleChunks);

            System.out.println();
            System.out.println("Stage costs per document on one core:");
            System.out.println("  extract              " + extractLine);
            System.out.println("  parse                " + parseLine);
            System.out.printf(Locale.ROOT, "  embed (resume)       %7.1f ms   (%.1f chunks/resume, %.1f ms/chunk; %d new chunks embedded this run in %.1f s)%n",
                    embedMs, (double) chunks / resumes.size(), chunkMs, encoder.size() - before, embedWallS);
            System.out.printf(Locale.ROOT, "  score (one job)      %7.3f ms%n", scoreMs);
            System.out.printf(Locale.ROOT, "Throughput per core: %.0f scorings/s with embeddings cached; %.1f resumes/s incl. embeddings + one scoring%n",
                    1000 / scoreMs, 1000 / (embedMs + scoreMs));
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, CandidateProfile> readProfiles(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            return (Map<String, CandidateProfile>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            System.err.println("Ignoring unreadable profile cache " + file + ": " + e);
            return Map.of();
        }
    }

    private static void writeProfiles(Path file, Map<String, CandidateProfile> profiles) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(new java.util.TreeMap<>(profiles));
        }
    }

    private static String cachedText(Tika tika, Resume r, Path cache, AtomicLong extractNanos, AtomicLong extracted) {
        Path cached = cache.resolve("text").resolve(r.id() + ".txt");
        try {
            if (Files.exists(cached)) {
                return Files.readString(cached);
            }
            long t0 = System.nanoTime();
            String text;
            try (InputStream in = Files.newInputStream(r.file())) {
                text = tika.parseToString(in);
            }
            extractNanos.addAndGet(System.nanoTime() - t0);
            extracted.incrementAndGet();
            Files.createDirectories(cached.getParent());
            Files.writeString(cached, text);
            return text;
        } catch (Exception e) {
            System.err.println("Extraction failed for " + r.file() + ": " + e.getMessage());
            return "";
        }
    }

    /** One line per (job, resume) pair with every category score, for offline analysis. */
    private static void dump(Path file, List<Resume> resumes, List<Proxy> proxies, ScreeningResult[][] results) throws IOException {
        StringBuilder out = new StringBuilder("job\tresume\tcategory\tscore");
        for (RequirementKind kind : RequirementKind.values()) {
            out.append('\t').append(kind);
        }
        out.append('\n');
        for (int j = 0; j < proxies.size(); j++) {
            for (int i = 0; i < resumes.size(); i++) {
                ScreeningResult r = results[j][i];
                out.append(proxies.get(j).category()).append('\t').append(resumes.get(i).id()).append('\t')
                        .append(resumes.get(i).category()).append('\t').append(r.score());
                for (RequirementKind kind : RequirementKind.values()) {
                    out.append('\t').append(r.subScore(kind).map(SubScore::score).map(String::valueOf).orElse(""));
                }
                out.append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out);
        System.out.println("Wrote " + file);
    }

    private static void report(List<Resume> resumes, List<Proxy> proxies, ScreeningResult[][] results) {
        Map<String, Long> relevantTotals = new TreeMap<>();
        resumes.forEach(r -> relevantTotals.merge(r.category(), 1L, Long::sum));

        System.out.println();
        System.out.printf(Locale.ROOT, "%-24s %5s %8s %6s %6s %6s%n", "category", "n", "nDCG@10", "P@10", "AP", "F1");
        // Classification: each resume goes to the proxy that scores it highest.
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < resumes.size(); i++) {
            int best = 0;
            for (int j = 1; j < proxies.size(); j++) {
                if (results[j][i].score() > results[best][i].score()) {
                    best = j;
                }
            }
            truth.add(resumes.get(i).category());
            predicted.add(proxies.get(best).category());
        }
        Map<String, Double> f1 = RankingMetrics.f1ByClass(truth, predicted);

        double ndcgSum = 0;
        double pSum = 0;
        double apSum = 0;
        Map<Band, int[]> bands = new EnumMap<>(Band.class);
        for (int j = 0; j < proxies.size(); j++) {
            String category = proxies.get(j).category();
            int jj = j;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < resumes.size(); i++) {
                order.add(i);
                boolean relevant = resumes.get(i).category().equals(category);
                bands.computeIfAbsent(results[j][i].band(), b -> new int[2])[relevant ? 0 : 1]++;
            }
            // Highest score first; ties by resume id so the ranking is reproducible.
            order.sort(Comparator.comparingDouble((Integer i) -> -results[jj][i].score()).thenComparing(i -> resumes.get(i).id()));
            List<Boolean> ranking = order.stream().map(i -> resumes.get(i).category().equals(category)).toList();
            int relevant = relevantTotals.getOrDefault(category, 0L).intValue();
            double ndcg = RankingMetrics.ndcgAt(ranking, relevant, K);
            double p = RankingMetrics.precisionAt(ranking, K);
            double ap = RankingMetrics.averagePrecision(ranking, relevant);
            ndcgSum += ndcg;
            pSum += p;
            apSum += ap;
            System.out.printf(Locale.ROOT, "%-24s %5d %8.3f %6.2f %6.3f %6.3f%n", category, relevant, ndcg, p, ap,
                    f1.getOrDefault(category, 0.0));
        }
        int n = proxies.size();
        double macroF1 = proxies.stream().mapToDouble(p -> f1.getOrDefault(p.category(), 0.0)).average().orElse(0);
        long correct = java.util.stream.IntStream.range(0, truth.size()).filter(i -> truth.get(i).equals(predicted.get(i))).count();
        System.out.printf(Locale.ROOT, "%-24s %5d %8.3f %6.3f %6.3f %6.3f%n", "OVERALL (mean)", resumes.size(), ndcgSum / n, pSum / n,
                apSum / n, macroF1);
        System.out.printf(Locale.ROOT, "nDCG@10 %.3f  P@10 %.3f  MAP %.3f  macro-F1 %.3f  accuracy %.3f%n", ndcgSum / n, pSum / n,
                apSum / n, macroF1, (double) correct / truth.size());
        System.out.println("Bands (same-category pairs / other pairs):");
        bands.forEach((band, counts) -> System.out.printf(Locale.ROOT, "  %-8s %6d / %6d%n", band, counts[0], counts[1]));
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] parallel(ExecutorService pool, int n, IntFunction<T> task, IntFunction<T[]> array)
            throws Exception {
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int ii = i;
            futures.add(pool.submit(() -> task.apply(ii)));
        }
        T[] out = array.apply(n);
        for (int i = 0; i < n; i++) {
            out[i] = futures.get(i).get();
        }
        return out;
    }

    static List<Resume> manifest(Path folder, int perCategoryLimit) throws IOException {
        List<Resume> resumes = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> lines = Files.readAllLines(folder.resolve("manifest.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            if (cols.length < 3) {
                continue;
            }
            int seen = counts.merge(cols[1], 1, Integer::sum);
            if (perCategoryLimit <= 0 || seen <= perCategoryLimit) {
                resumes.add(new Resume(cols[0], cols[1], folder.resolve(cols[2])));
            }
        }
        return resumes;
    }

    static List<Proxy> proxies(Path tsv) throws IOException {
        List<Proxy> proxies = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length < header.size()) {
                continue;
            }
            List<String> technologies = Arrays.stream(cols[header.indexOf("technology_examples")].split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            proxies.add(new Proxy(cols[header.indexOf("category")], cols[header.indexOf("title")],
                    cols[header.indexOf("description")], technologies));
        }
        return proxies;
    }

    private static Path dataDir(String option) {
        List<Path> candidates = new ArrayList<>();
        if (option != null) {
            candidates.add(Path.of(option));
        }
        String property = System.getProperty("shortlist.data.dir");
        if (property != null) {
            candidates.add(Path.of(property));
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/data").normalize());
        }
        return candidates.stream().filter(p -> Files.isDirectory(p.resolve("resumes-livecareer"))).findFirst().orElse(null);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: [--data DIR] [--cache DIR] [--threads N] [--limit N] [--profiles parser|text] [--reference YYYY-MM-DD] [--dump FILE] [--max-chunks N] [--chunk-words N] [--background on|off] [--model MINILM_L6_V2_Q|BGE_SMALL_EN_V15_Q]");
            }
        }
        return options;
    }
}
