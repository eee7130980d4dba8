package dev.shortlist.tools.benchmark;

import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.tools.corpus.EvaluationData;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.Tika;

/**
 * Matcher throughput and yield on real resumes: extracts text from a sample of the livecareer
 * PDFs with Tika, then times {@link SkillTaxonomy#find} over them on one thread.
 *
 * <p>Arguments: {@code [perCategory=20] [seconds=5] [dump] [external files...]}; {@code
 * -Dshortlist.bench.skip=N} starts each category at its N-th file; the data
 * directory is {@code -Dshortlist.data.dir} (default {@code ../shared/data} beside the repository root). With external
 * files the taxonomy is {@link Taxonomies#curatedPlus}; {@code dump} prints each resume's matches.
 *
 * <pre>
 * ./mvnw -q -pl tools -am package -DskipTests
 * java -cp tools/target/classes:$(cat tools/target/classpath.txt) dev.shortlist.tools.benchmark.SkillMatcherBenchmark 20 10
 * </pre>
 */
public final class SkillMatcherBenchmark {

    private SkillMatcherBenchmark() {}

    /** Tika is slow next to the matcher; extracted text is cached under the temp directory between runs. */
    private static String extract(Tika tika, Path pdf) throws Exception {
        Path cache = Path.of(
                System.getProperty("java.io.tmpdir"),
                "shortlist-resume-text",
                pdf.getParent().getFileName().toString(),
                pdf.getFileName() + ".txt");
        if (Files.exists(cache)) {
            return Files.readString(cache);
        }
        String text;
        try (InputStream in = Files.newInputStream(pdf)) {
            text = tika.parseToString(in);
        }
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, text);
        return text;
    }

    public static void main(String[] args) throws Exception {
        int perCategory = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        boolean dump = args.length > 2 && args[2].equals("dump");
        List<Path> external = new ArrayList<>();
        for (int i = dump ? 3 : 2; i < args.length; i++) {
            external.add(Path.of(args[i]));
        }
        Optional<EvaluationData> data = EvaluationData.locate(null);
        if (data.isEmpty()) {
            System.err.println("no corpus found; set -D" + EvaluationData.PROPERTY);
            return;
        }
        Path corpus = data.get().corpus();
        long t0 = System.nanoTime();
        SkillTaxonomy taxonomy = external.isEmpty() ? Taxonomies.curated() : Taxonomies.curatedPlus(external);
        System.out.printf(
                "taxonomy %s: %d skills, built in %d ms%n",
                taxonomy.version(), taxonomy.skills().size(), (System.nanoTime() - t0) / 1_000_000);

        Tika tika = new Tika();
        tika.setMaxStringLength(200_000);
        Map<String, List<String>> byCategory = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<String> texts = new ArrayList<>();
                try (Stream<Path> pdfs = Files.list(dir)) {
                    for (Path pdf : pdfs.sorted()
                            .skip(Long.getLong("shortlist.bench.skip", 0))
                            .limit(perCategory)
                            .toList()) {
                        String text = extract(tika, pdf);
                        if (!text.isBlank()) {
                            texts.add(text);
                        }
                    }
                }
                byCategory.put(dir.getFileName().toString(), texts);
            }
        }
        List<String> all = byCategory.values().stream().flatMap(List::stream).toList();
        long chars = all.stream().mapToLong(String::length).sum();
        System.out.printf("%d resumes, mean %.1f KB of text%n", all.size(), chars / 1024.0 / all.size());

        // Warm up (JIT), then time rounds of whole passes over the sample. CPU time of this thread
        // gives a fair "one core" figure even when other processes share the machine; the median
        // round is reported because neighbours still disturb caches.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            all.forEach(taxonomy::find);
        }
        List<Double> rounds = new ArrayList<>();
        long matched = 0;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline || rounds.size() < 3) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (String text : all) {
                matched += taxonomy.find(text).size();
            }
            rounds.add(all.size() / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
        }
        rounds.sort(Double::compare);
        double docsPerSecond = rounds.get(rounds.size() / 2);
        double bytesPerSecond = docsPerSecond * chars / all.size();
        System.out.printf(
                "throughput per core (median of %d rounds, cpu time): %.0f docs/s (%.1f MB/s of text, "
                        + "= %.0f docs/s of 8 KB); best round %.0f docs/s; %d matches%n",
                rounds.size(),
                docsPerSecond,
                bytesPerSecond / 1e6,
                bytesPerSecond / 8192,
                rounds.get(rounds.size() - 1),
                matched);

        Map<String, Integer> medians = new LinkedHashMap<>();
        List<Integer> distinctAll = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byCategory.entrySet()) {
            int[] counts = e.getValue().stream()
                    .mapToInt(t -> (int) taxonomy.find(t).stream()
                            .map(m -> m.skill().id())
                            .distinct()
                            .count())
                    .sorted()
                    .toArray();
            Arrays.stream(counts).forEach(distinctAll::add);
            medians.put(e.getKey(), counts.length == 0 ? 0 : counts[counts.length / 2]);
            if (dump) {
                for (String text : e.getValue()) {
                    System.out.println("== " + e.getKey() + ": "
                            + taxonomy.find(text).stream()
                                    .map(m -> m.matchedText() + "→" + m.skill().id())
                                    .distinct()
                                    .toList());
                }
            }
        }
        distinctAll.sort(Integer::compare);
        System.out.println("distinct skills per resume, median by category: " + medians);
        System.out.printf(
                "distinct skills per resume: median %d, p10 %d, p90 %d%n",
                distinctAll.get(distinctAll.size() / 2),
                distinctAll.get(distinctAll.size() / 10),
                distinctAll.get(distinctAll.size() * 9 / 10));
    }
}
