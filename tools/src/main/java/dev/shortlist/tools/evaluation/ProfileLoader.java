package dev.shortlist.tools.evaluation;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.CandidateProfiles;
import dev.shortlist.screening.parsing.ParseOutcome;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.tools.corpus.CorpusResume;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.Tika;

/**
 * The blind profiles the evaluation scores: from the resume parser, as the pipeline makes them
 * (cached per parser version), or from plain Tika text read by a crude reader, for comparison.
 */
final class ProfileLoader {

    /** The profiles in corpus order, and what producing them cost. */
    record Loaded(CandidateProfile[] profiles, String extractCost, String parseCost) {}

    private final ExecutorService pool;
    private final int threads;
    private final Path cache;
    private final SkillTaxonomy taxonomy;

    ProfileLoader(ExecutorService pool, int threads, Path cache, SkillTaxonomy taxonomy) {
        this.pool = pool;
        this.threads = threads;
        this.cache = cache;
        this.taxonomy = taxonomy;
    }

    Loaded parsed(List<CorpusResume> resumes, LocalDate reference) throws Exception {
        AtomicLong parseNanos = new AtomicLong();
        AtomicLong parsedNow = new AtomicLong();
        Map<String, Integer> failures = new TreeMap<>();
        ProfileCache profileCache = new ProfileCache(cache.resolve("profiles-" + ResumeParser.VERSION + "-"
                + taxonomy.version().replaceAll("[^a-zA-Z0-9.-]", "_") + "-" + reference + ".ser"));
        Map<String, CandidateProfile> cached = profileCache.read();
        // Failed documents are not cached, so every run reports them.
        boolean[] failed = new boolean[resumes.size()];
        CandidateProfile[] profiles;
        ParserSettings settings =
                ParserSettings.defaults().withTimeout(Duration.ofSeconds(60)).withExtractionThreads(threads);
        try (ResumeParser parser = new ResumeParser(settings, taxonomy)) {
            profiles = Parallel.map(
                    pool,
                    resumes.size(),
                    i -> {
                        CandidateProfile known = cached.get(resumes.get(i).id());
                        if (known != null) {
                            return known;
                        }
                        long start = System.nanoTime();
                        String failure = null;
                        try {
                            ParseOutcome outcome = parser.parse(
                                    Files.readAllBytes(resumes.get(i).file()), reference);
                            parseNanos.addAndGet(System.nanoTime() - start);
                            parsedNow.incrementAndGet();
                            if (outcome instanceof ParseOutcome.Parsed parsed) {
                                return CandidateProfiles.from(parsed.profile());
                            }
                            failure = ((ParseOutcome.Failed) outcome).reason().name();
                        } catch (IOException e) {
                            failure = "IO";
                        } catch (RuntimeException e) {
                            // A parser defect is counted against the document, not allowed to end the run.
                            failure = "INTERNAL " + e.getClass().getSimpleName();
                        }
                        failed[i] = true;
                        synchronized (failures) {
                            failures.merge(failure, 1, Integer::sum);
                        }
                        // An unreadable resume still gets ranked (last): never silently dropped.
                        return CandidateProfile.builder().build();
                    },
                    CandidateProfile[]::new);
        }
        if (parsedNow.get() > 0) {
            Map<String, CandidateProfile> all = new TreeMap<>();
            for (int i = 0; i < resumes.size(); i++) {
                if (!failed[i]) {
                    all.put(resumes.get(i).id(), profiles[i]);
                }
            }
            all.putAll(cached);
            profileCache.write(all);
        }
        System.out.println("Parse failures: " + (failures.isEmpty() ? "none" : failures));
        String parseCost = parsedNow.get() == 0
                ? "cached (delete " + profileCache.file() + " to measure)"
                : String.format(
                        Locale.ROOT,
                        "%7.1f ms (Tika + %s, %d parsed this run)",
                        parseNanos.get() / 1e6 / parsedNow.get(),
                        ResumeParser.VERSION,
                        parsedNow.get());
        return new Loaded(profiles, "included in parse", parseCost);
    }

    Loaded crude(List<CorpusResume> resumes) throws Exception {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        AtomicLong extractNanos = new AtomicLong();
        AtomicLong extracted = new AtomicLong();
        String[] texts = Parallel.map(
                pool, resumes.size(), i -> cachedText(tika, resumes.get(i), extractNanos, extracted), String[]::new);
        TextProfileReader reader = new TextProfileReader(taxonomy);
        long start = System.nanoTime();
        CandidateProfile[] profiles =
                Parallel.map(pool, resumes.size(), i -> reader.read(texts[i]), CandidateProfile[]::new);
        String extractCost = extracted.get() == 0
                ? "cached (delete " + cache.resolve("text") + " to measure)"
                : String.format(Locale.ROOT, "%7.1f ms", extractNanos.get() / 1e6 / extracted.get());
        String parseCost = String.format(
                Locale.ROOT,
                "%7.2f ms (crude text reader)",
                (System.nanoTime() - start) / 1e6 * threads / resumes.size());
        return new Loaded(profiles, extractCost, parseCost);
    }

    private String cachedText(Tika tika, CorpusResume resume, AtomicLong extractNanos, AtomicLong extracted) {
        Path cached = cache.resolve("text").resolve(resume.id() + ".txt");
        try {
            if (Files.exists(cached)) {
                return Files.readString(cached);
            }
            long start = System.nanoTime();
            String text;
            try (InputStream in = Files.newInputStream(resume.file())) {
                text = tika.parseToString(in);
            }
            extractNanos.addAndGet(System.nanoTime() - start);
            extracted.incrementAndGet();
            Files.createDirectories(cached.getParent());
            Files.writeString(cached, text);
            return text;
        } catch (Exception e) {
            System.err.println("Extraction failed for " + resume.file() + ": " + e.getMessage());
            return "";
        }
    }
}
