package dev.shortlist.tools.parsing;

import dev.shortlist.screening.parsing.DocumentLanguage;
import dev.shortlist.screening.parsing.FailureReason;
import dev.shortlist.screening.parsing.ParseOutcome;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.parsing.isolation.IsolatedTextExtractor;
import dev.shortlist.screening.parsing.isolation.IsolationSettings;
import dev.shortlist.screening.parsing.isolation.Quarantine;
import dev.shortlist.screening.parsing.isolation.WorkerCommand;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.tools.corpus.CorpusResume;
import dev.shortlist.tools.corpus.EvaluationData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Parses every resume of a corpus ({@code manifest.csv} = id,category,file) on one thread and
 * reports parse rate, failure reasons, coverage of experience/education/skills and time per document;
 * {@code --isolated} extracts in worker processes, and the process CPU then includes theirs.
 */
@Command(
        name = "parse-benchmark",
        mixinStandardHelpOptions = true,
        version = ResumeParser.VERSION,
        description = "Parses a resume corpus single-threaded and prints parse rate, coverage and timing.")
public final class ParseBenchmark implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = "../shared/data/resumes-livecareer",
            description = "Corpus folder with manifest.csv (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--reference-date",
            defaultValue = "2026-11-23",
            description = "Reference (upload) date (default: ${DEFAULT-VALUE}).")
    LocalDate referenceDate;

    @Option(names = "--limit", defaultValue = "0", description = "Parse only the first N documents (0 = all).")
    int limit;

    @Option(
            names = "--warm-up",
            defaultValue = "30",
            description = "Documents parsed first and not timed (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--sort-by-position", description = "Sort PDF text by position instead of content-stream order.")
    boolean sortByPosition;

    @Option(
            names = "--isolated",
            description = "Extract text in worker processes (as the streams processor does) instead of in this JVM.")
    boolean isolated;

    @Option(
            names = "--workers",
            defaultValue = "1",
            description = "Worker processes with --isolated (default: ${DEFAULT-VALUE}; one thread parses).")
    int workers;

    @Option(names = "--show-failures", description = "List the documents that failed or have no dated experience.")
    boolean showFailures;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParseBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(corpus.resolve("manifest.csv"))) {
            spec.commandLine().getErr().println("No manifest.csv in " + corpus.toAbsolutePath());
            return 1;
        }
        List<Path> files = EvaluationData.manifest(corpus, 0).stream()
                .map(CorpusResume::file)
                .toList();
        if (limit > 0 && limit < files.size()) {
            files = files.subList(0, limit);
        }
        long setupStart = System.nanoTime();
        SkillTaxonomy taxonomy = Taxonomies.curated();
        ParserSettings settings =
                ParserSettings.defaults().withExtractionThreads(1).withPdfSortByPosition(sortByPosition);
        try (ResumeParser parser = isolated
                ? new ResumeParser(
                        settings,
                        taxonomy,
                        new IsolatedTextExtractor(
                                        settings,
                                        IsolationSettings.defaults().withWorkers(workers),
                                        WorkerCommand.currentClassPath(),
                                        Quarantine.NONE)
                                .awaitReady(Duration.ofSeconds(120)))
                : new ResumeParser(settings, taxonomy)) {
            DocumentLanguage.preload();
            for (int i = 0; i < Math.min(warmUp, files.size()); i++) {
                parser.parse(Files.readAllBytes(files.get(i)), referenceDate);
            }
            out.printf(
                    Locale.ROOT,
                    "extraction: %s; setup + warm-up: %.1f s%n",
                    isolated ? "isolated, " + workers + " worker process(es)" : "in process",
                    (System.nanoTime() - setupStart) / 1e9);
            Stats stats = new Stats();
            // CPU time is the cost on one core even when other processes compete for the machine and
            // stretch the wall-clock time: the Java threads' time (caller + extraction worker, nanosecond
            // resolution) and the whole process's (adds GC and JIT, in scheduler ticks).
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long wallStart = System.nanoTime();
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                long cpuStart = cpu.getProcessCpuTime() + childrenCpu();
                long threadsStart = javaThreadsCpu(threads);
                long start = System.nanoTime();
                ParseOutcome outcome;
                try {
                    outcome = parser.parse(bytes, referenceDate);
                } catch (RuntimeException e) {
                    stats.crashes++;
                    out.println("CRASH " + file + ": " + e);
                    continue;
                }
                double wall = (System.nanoTime() - start) / 1e6;
                stats.record(
                        file,
                        outcome,
                        wall,
                        (javaThreadsCpu(threads) - threadsStart) / 1e6,
                        (cpu.getProcessCpuTime() + childrenCpu() - cpuStart) / 1e6,
                        showFailures ? out : null);
            }
            stats.print(out, files.size(), (System.nanoTime() - wallStart) / 1e9);
        }
        return 0;
    }

    /** CPU time of the extraction workers (scheduler ticks: exact summed over many documents, coarse for one). */
    private static long childrenCpu() {
        return ProcessHandle.current()
                .children()
                .mapToLong(child ->
                        child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    private static long javaThreadsCpu(java.lang.management.ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long time = threads.getThreadCpuTime(id);
            if (time > 0) {
                total += time;
            }
        }
        return total;
    }

    private static final class Stats {
        int crashes;
        int parsed;
        int dated;
        int educated;
        int skilled;
        final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        final Map<String, Integer> languages = new TreeMap<>();
        final List<Double> millis = new ArrayList<>();
        final List<Double> cpuMillis = new ArrayList<>();
        final List<Double> processMillis = new ArrayList<>();
        double years;

        void record(Path file, ParseOutcome outcome, double elapsed, double cpu, double process, PrintWriter verbose) {
            millis.add(elapsed);
            cpuMillis.add(cpu);
            processMillis.add(process);
            if (outcome instanceof ParseOutcome.Parsed p) {
                parsed++;
                ResumeProfile profile = p.profile();
                boolean hasDated = !profile.datedExperience().isEmpty();
                if (hasDated) {
                    dated++;
                } else if (verbose != null) {
                    verbose.println("NO DATED EXPERIENCE " + file);
                }
                educated += profile.education().isEmpty() ? 0 : 1;
                skilled += profile.skills().size() >= 5 ? 1 : 0;
                years += profile.totalYears();
                languages.merge(profile.documentLanguage(), 1, Integer::sum);
            } else {
                ParseOutcome.Failed f = (ParseOutcome.Failed) outcome;
                failures.merge(f.reason(), 1, Integer::sum);
                if (verbose != null) {
                    verbose.println("FAILED " + f.reason() + " " + file + ": " + f.detail());
                }
            }
        }

        void print(PrintWriter out, int total, double seconds) {
            List<Double> sorted = new ArrayList<>(millis);
            sorted.sort(Double::compare);
            List<Double> sortedCpu = new ArrayList<>(cpuMillis);
            sortedCpu.sort(Double::compare);
            List<Double> sortedProcess = new ArrayList<>(processMillis);
            sortedProcess.sort(Double::compare);
            out.printf(Locale.ROOT, "documents:              %d%n", total);
            out.printf(Locale.ROOT, "crashes:                %d%n", crashes);
            out.printf(Locale.ROOT, "parsed:                 %d (%.2f %%)%n", parsed, 100.0 * parsed / total);
            out.printf(Locale.ROOT, "failed by reason:       %s%n", failures);
            out.printf(Locale.ROOT, "with dated experience:  %.1f %% of parsed%n", 100.0 * dated / Math.max(1, parsed));
            out.printf(
                    Locale.ROOT, "with education:         %.1f %% of parsed%n", 100.0 * educated / Math.max(1, parsed));
            out.printf(
                    Locale.ROOT, "with >= 5 skills:       %.1f %% of parsed%n", 100.0 * skilled / Math.max(1, parsed));
            out.printf(Locale.ROOT, "mean total years:       %.1f%n", years / Math.max(1, parsed));
            out.printf(Locale.ROOT, "document languages:     %s%n", languages);
            out.printf(
                    Locale.ROOT,
                    "extract+parse CPU:      median %.1f ms/doc, p95 %.1f ms/doc (parsing threads)%n",
                    percentile(sortedCpu, 0.50),
                    percentile(sortedCpu, 0.95));
            out.printf(
                    Locale.ROOT,
                    "process CPU incl. GC:   median %.1f ms/doc, p95 %.1f ms/doc, mean %.1f ms/doc%n",
                    percentile(sortedProcess, 0.50),
                    percentile(sortedProcess, 0.95),
                    processMillis.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElse(0));
            out.printf(
                    Locale.ROOT,
                    "extract+parse wall:     median %.1f ms/doc, p95 %.1f ms/doc%n",
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.95));
            out.printf(
                    Locale.ROOT,
                    "throughput:             %.1f docs/s wall, %.1f docs/s per CPU-second (one thread)%n",
                    total / seconds,
                    1000.0
                            * total
                            / Math.max(
                                    1,
                                    processMillis.stream()
                                            .mapToDouble(Double::doubleValue)
                                            .sum()));
            out.printf(
                    Locale.ROOT,
                    "load average:           %.1f%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            out.flush();
        }

        private static double percentile(List<Double> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }
}
