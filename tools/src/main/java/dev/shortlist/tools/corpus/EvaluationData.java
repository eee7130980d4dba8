package dev.shortlist.tools.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The evaluation data ({@code shared/data} beside a checkout, never part of it): the resume corpus
 * with its category manifest and the occupation job proxies.
 */
public final class EvaluationData {

    /** The system property that points at the data folder. */
    public static final String PROPERTY = "shortlist.data.dir";

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final CSVFormat TSV = CSVFormat.TDF
            .builder()
            .setQuote(null)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final Path dir;

    private EvaluationData(Path dir) {
        this.dir = dir;
    }

    /**
     * The data folder: {@code option} when given, else the system property, else {@code ../shared/data}
     * beside the working directory or one of its two parents; empty when none holds the corpus.
     */
    public static Optional<EvaluationData> locate(String option) {
        List<Path> candidates = new ArrayList<>();
        if (option != null) {
            candidates.add(Path.of(option));
        }
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            candidates.add(Path.of(property));
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/data").normalize());
        }
        return candidates.stream()
                .filter(p -> Files.isDirectory(p.resolve("resumes-livecareer")))
                .findFirst()
                .map(EvaluationData::new);
    }

    public Path dir() {
        return dir;
    }

    public Path corpus() {
        return dir.resolve("resumes-livecareer");
    }

    /** The corpus in manifest order, at most {@code perCategoryLimit} a category (0: all). */
    public List<CorpusResume> resumes(int perCategoryLimit) throws IOException {
        return manifest(corpus(), perCategoryLimit);
    }

    /** A corpus folder's {@code manifest.csv} (id, category, file), at most {@code perCategoryLimit} a category (0: all). */
    public static List<CorpusResume> manifest(Path corpus, int perCategoryLimit) throws IOException {
        List<CorpusResume> resumes = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (CSVRecord row : records(corpus.resolve("manifest.csv"), CSV)) {
            String category = row.get("category");
            int seen = counts.merge(category, 1, Integer::sum);
            if (perCategoryLimit <= 0 || seen <= perCategoryLimit) {
                resumes.add(new CorpusResume(
                        row.get("id"), category, corpus.resolve(row.get("file").strip())));
            }
        }
        return resumes;
    }

    /** The job proxies of {@code jd-proxies/category-jobs.tsv}, one per category. */
    public List<JobProxy> jobProxies() throws IOException {
        List<JobProxy> proxies = new ArrayList<>();
        for (CSVRecord row : records(dir.resolve("jd-proxies/category-jobs.tsv"), TSV)) {
            List<String> technologies = Arrays.stream(
                            row.get("technology_examples").split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            proxies.add(new JobProxy(row.get("category"), row.get("title"), row.get("description"), technologies));
        }
        return proxies;
    }

    private static List<CSVRecord> records(Path file, CSVFormat format) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords();
        }
    }
}
