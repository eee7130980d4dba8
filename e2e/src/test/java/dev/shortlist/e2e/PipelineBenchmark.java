package dev.shortlist.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.cli.AppServices.App;
import dev.shortlist.stack.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The whole pipeline over the evaluation corpus as one batch: starts the local stack and the three
 * services from the build's jars (ports and home from {@code shortlist.stack.*} and {@code
 * shortlist.<module>.port}), uploads every resume of {@code resumes-livecareer/manifest.csv} in one
 * request against one job, follows the batch until it completes and prints:
 * <ul>
 *   <li>end-to-end resumes/s, batch accepted → batch completed;</li>
 *   <li>upload → scored latency per resume ({@code ResumeUploaded.uploadedAt} → the {@code
 *       ScreeningResultEvent}'s {@code occurredAt}, both read from Kafka);</li>
 *   <li>event → queryable lag (that {@code occurredAt} → the screening visible to a search of
 *       {@code shortlist-screenings}, polled every 50 ms);</li>
 *   <li>CPU seconds of every process over the run ({@code /proc/<pid>/stat}), per resume, and the
 *       resumes/s the measured cost allows on the machine's cores; the streams processor's stage
 *       timers ({@code shortlist_stage_seconds} on {@code /actuator/prometheus}).</li>
 * </ul>
 * Not a test: run it with {@code e2e/benchmark}, see docs/benchmarks.md.
 *
 * <pre>
 * PipelineBenchmark [--files N] [--job examples/jobs/accountant.txt] [--streams-threads N] [--no-warmup]
 *                   [--timeout-minutes 90]
 * </pre>
 */
public final class PipelineBenchmark {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final String CLIENT = "benchmark client";
    /** Clock ticks per second of /proc's CPU times. */
    private static final double CLOCK_TICKS = clockTicks();

    private static final String USAGE = "PipelineBenchmark [--files N] [--job examples/jobs/accountant.txt] "
            + "[--streams-threads N] [--no-warmup] [--timeout-minutes 90]";
    private static final Set<String> OPTIONS =
            Set.of("files", "job", "streams-threads", "no-warmup", "timeout-minutes");
    private static final Pattern STAGE_METRIC = Pattern.compile(
            "^shortlist_stage_seconds_(count|sum)\\{[^}]*stage=\"(\\w+)\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

    private PipelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (!OPTIONS.containsAll(options.keySet())) {
            System.err.println("Usage: " + USAGE);
            System.exit(options.containsKey("help") ? 0 : 2);
        }
        Path repository = Path.of(System.getProperty("shortlist.repo", "."))
                .toAbsolutePath()
                .normalize();
        if (!SharedData.present()) {
            System.err.println("Evaluation data not found at " + SharedData.resumes()
                    + ": the pipeline benchmark needs ../shared/data (or -Dshortlist.data.dir)");
            System.exit(2);
        }
        List<Path> corpus = manifest(SharedData.resumes());
        int files = Integer.parseInt(options.getOrDefault("files", Integer.toString(corpus.size())));
        corpus = corpus.subList(0, Math.min(files, corpus.size()));
        Path jobFile = repository.resolve(options.getOrDefault("job", "examples/jobs/accountant.txt"));
        Duration timeout = Duration.ofMinutes(Long.parseLong(options.getOrDefault("timeout-minutes", "90")));

        // The embedded stack, whatever shortlist.stack.mode says: the numbers in docs/benchmarks.md are measured on it.
        StackSettings settings = StackSettings.fromEnvironment().withMode(StackSettings.Mode.EMBEDDED);
        String loadBefore = loadAverage();
        System.out.printf(
                "Pipeline benchmark: %d resumes from %s, one batch, job %s%n",
                corpus.size(), SharedData.resumes(), repository.relativize(jobFile));
        System.out.printf(
                "stack home %s, Kafka %s, registry %s, Elasticsearch %s%n",
                settings.home(),
                settings.bootstrapServers(),
                settings.schemaRegistryUrl(),
                settings.elasticsearchUrl());

        LocalStack stack = new LocalStack(settings);
        long stackStart = System.nanoTime();
        stack.start();
        System.out.printf("local stack healthy in %.1f s%n", (System.nanoTime() - stackStart) / 1e9);
        try (Pipeline pipeline = new Pipeline(repository, settings, serviceArguments(corpus.size(), options))) {
            long servicesStart = System.nanoTime();
            pipeline.start();
            System.out.printf("services healthy in %.1f s%n", (System.nanoTime() - servicesStart) / 1e9);
            Map<String, ProcessHandle> processes = processes(pipeline, settings);

            if (!options.containsKey("no-warmup")) {
                warmUp(pipeline, repository);
            }

            String organization = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            String recruiter = pipeline.token(organization, "recruiter");
            String jobId = pipeline.postJob(recruiter, "Benchmark job", Files.readString(jobFile));
            Run run;
            try (EventLog events = EventLog.open(settings, jobId)) {
                run = measure(pipeline, settings, processes, recruiter, jobId, corpus, events, timeout);
            }
            report(run, processes, loadBefore, loadAverage(), options);
        } finally {
            stack.stop();
        }
        System.exit(0);
    }

    /** What one measured batch produced. */
    record Run(
            int files,
            JsonNode accepted,
            JsonNode completed,
            double completedSeenSeconds,
            Instant requestStart,
            Instant acceptedAt,
            long uploadNanos,
            Map<String, Instant> uploadedAt,
            Map<String, Instant> resultAt,
            Map<String, Instant> visibleAt,
            int scored,
            Map<String, CpuTime> cpu,
            CpuTime machine,
            double wallSeconds,
            Map<String, double[]> stages) {}

    /** CPU ticks used by a process tree or, for the machine, by everyone. */
    record CpuTime(double seconds, double idleSeconds) {
        CpuTime minus(CpuTime earlier) {
            return new CpuTime(seconds - earlier.seconds, idleSeconds - earlier.idleSeconds);
        }
    }

    private static Run measure(
            Pipeline pipeline,
            StackSettings settings,
            Map<String, ProcessHandle> processes,
            String recruiter,
            String jobId,
            List<Path> corpus,
            EventLog events,
            Duration timeout)
            throws InterruptedException {
        Map<String, double[]> stagesBefore = stageTimers(pipeline);
        Map<String, CpuTime> cpuBefore = cpu(processes);
        CpuTime machineBefore = machineCpu();
        long begin = System.nanoTime();

        Instant requestStart = Instant.now();
        JsonNode accepted = pipeline.uploadBatch(recruiter, jobId, corpus);
        Instant acceptedAt = Instant.now();
        long uploadNanos = System.nanoTime() - begin;
        String batchId = accepted.path("batchId").asText();
        int total = accepted.path("total").asInt();
        System.out.printf(
                "batch %s: %d accepted, %d rejected, upload request %.1f s%n",
                batchId, total, accepted.path("rejected").size(), uploadNanos / 1e9);

        // Follow the batch as a client would, through query-api.
        JsonNode completed = null;
        double completedSeenSeconds = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextPrint = 0;
        while (System.nanoTime() < deadline) {
            events.checkVisibility(settings);
            if (System.nanoTime() >= nextPrint) {
                HttpResponse<String> response = pipeline.query(recruiter, "/api/v1/batches/" + batchId);
                if (response.statusCode() == 200) {
                    JsonNode progress = Pipeline.read(response);
                    System.out.printf(
                            "  %5.0f s  %s  %d/%d processed (%d failed), %d results visible, load %s%n",
                            (System.nanoTime() - begin) / 1e9,
                            progress.path("status").asText(),
                            progress.path("processed").asInt(),
                            total,
                            progress.path("failed").asInt(),
                            events.visibleAt.size(),
                            loadAverage());
                    if (progress.path("status").asText().startsWith("COMPLETED")) {
                        completed = progress;
                        completedSeenSeconds = (System.nanoTime() - begin) / 1e9;
                        break;
                    }
                }
                nextPrint = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
        if (completed == null) {
            throw new IllegalStateException("Batch " + batchId + " did not complete within " + timeout);
        }
        // The last results become searchable up to a refresh interval after the batch completes.
        long visibleDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while ((events.resultAt.size() < total || events.visibleAt.size() < events.resultAt.size())
                && System.nanoTime() < visibleDeadline) {
            events.checkVisibility(settings);
            Thread.sleep(POLL.toMillis());
        }
        double wallSeconds = (System.nanoTime() - begin) / 1e9;
        Map<String, CpuTime> cpu = new LinkedHashMap<>();
        cpu(processes).forEach((name, after) -> cpu.put(name, after.minus(cpuBefore.get(name))));
        CpuTime machine = machineCpu().minus(machineBefore);
        Map<String, double[]> stages = new LinkedHashMap<>();
        stageTimers(pipeline).forEach((stage, after) -> {
            double[] before = stagesBefore.getOrDefault(stage, new double[2]);
            stages.put(stage, new double[] {after[0] - before[0], after[1] - before[1]});
        });
        return new Run(
                total,
                accepted,
                completed,
                completedSeenSeconds,
                requestStart,
                acceptedAt,
                uploadNanos,
                Map.copyOf(events.uploadedAt),
                Map.copyOf(events.resultAt),
                Map.copyOf(events.visibleAt),
                events.scored.size(),
                cpu,
                machine,
                wallSeconds,
                stages);
    }

    private static void report(
            Run run,
            Map<String, ProcessHandle> processes,
            String loadBefore,
            String loadAfter,
            Map<String, String> options) {
        JsonNode done = run.completed();
        // The batch is complete when its last screening result is written (BatchProgress.completedAt
        // carries the timestamp of the last screening request instead, see docs/benchmarks.md).
        Instant completedAt =
                run.resultAt().values().stream().max(Instant::compareTo).orElseThrow();
        double batchSeconds = Duration.between(run.acceptedAt(), completedAt).toMillis() / 1000.0;
        double fromRequest = Duration.between(run.requestStart(), completedAt).toMillis() / 1000.0;
        int n = run.files();

        List<Double> latencies = new ArrayList<>();
        run.resultAt().forEach((resumeId, at) -> {
            Instant uploaded = run.uploadedAt().get(resumeId);
            if (uploaded != null) {
                latencies.add(Duration.between(uploaded, at).toMillis() / 1000.0);
            }
        });
        List<Double> lags = new ArrayList<>();
        run.visibleAt()
                .forEach((resumeId, at) -> lags.add(
                        Duration.between(run.resultAt().get(resumeId), at).toMillis() / 1000.0));

        System.out.println();
        System.out.println("== Machine");
        machine(processes, options).forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
        System.out.printf("%-22s before %s | after %s%n", "load average", loadBefore, loadAfter);
        double cores = Runtime.getRuntime().availableProcessors();
        double busy = run.machine().seconds() / run.wallSeconds();
        System.out.printf(
                "%-22s %.2f of %.0f cores busy on average over the run (every process on the machine)%n",
                "machine CPU", busy, cores);

        System.out.println();
        System.out.println("== Batch");
        System.out.printf(
                "resumes                %d accepted, %d processed: %d scored, %d failed (%s)%n",
                n,
                done.path("processed").asInt(),
                done.path("succeeded").asInt(),
                done.path("failed").asInt(),
                done.path("status").asText());
        System.out.printf(
                "upload request         %.1f s (%.1f MB in one multipart request)%n",
                run.uploadNanos() / 1e9, megabytes(run));
        System.out.printf(
                "end to end             %.2f resumes/s (batch accepted → last result in %.1f s; %.2f resumes/s "
                        + "from the start of the upload, %.1f s)%n",
                n / batchSeconds, batchSeconds, n / fromRequest, fromRequest);
        System.out.printf(
                "batch progress         %s seen by the client %.1f s after the upload started%n",
                done.path("status").asText(), run.completedSeenSeconds());
        System.out.printf(
                "upload → scored        p50 %.1f s, p90 %.1f s, p99 %.1f s, max %.1f s (%d results)%n",
                percentile(latencies, 50),
                percentile(latencies, 90),
                percentile(latencies, 99),
                percentile(latencies, 100),
                latencies.size());
        System.out.printf(
                "event → queryable      p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s (%d of %d results "
                        + "seen in Elasticsearch)%n",
                percentile(lags, 50),
                percentile(lags, 90),
                percentile(lags, 99),
                percentile(lags, 100),
                lags.size(),
                run.resultAt().size());

        System.out.println();
        System.out.printf(
                "== CPU over the run (%.1f s wall, upload start → last result queryable)%n", run.wallSeconds());
        System.out.printf("%-20s %10s %14s %8s%n", "process", "CPU s", "CPU ms/resume", "share");
        double services = 0;
        for (Map.Entry<String, CpuTime> entry : run.cpu().entrySet()) {
            if (!entry.getKey().equals(CLIENT)) {
                services += entry.getValue().seconds();
            }
        }
        for (Map.Entry<String, CpuTime> entry : run.cpu().entrySet()) {
            double seconds = entry.getValue().seconds();
            System.out.printf(
                    "%-20s %10.1f %14.1f %8s%n",
                    entry.getKey(),
                    seconds,
                    1000 * seconds / n,
                    entry.getKey().equals(CLIENT) ? "-" : "%.1f%%".formatted(100 * seconds / services));
        }
        System.out.printf("%-20s %10.1f %14.1f %8s%n", "pipeline total", services, 1000 * services / n, "100%");
        double perResume = services / n;
        System.out.printf(
                "capacity               %.1f resumes/s if %.0f cores did nothing else (%.0f / %.3f CPU s per "
                        + "resume); target 30 resumes/s needs ≤ %.3f CPU s per resume%n",
                cores / perResume, cores, cores, perResume, cores / 30);
        double streams = run.cpu().get(App.STREAMS.module()).seconds() / n;
        System.out.printf(
                "streams-processor      %.3f CPU s per resume: at most %.1f resumes/s per busy core%n",
                streams, 1 / streams);

        System.out.println();
        System.out.println("== streams-processor stages (shortlist_stage_seconds, wall time on the stream threads)");
        System.out.printf("%-10s %8s %12s %14s %12s%n", "stage", "calls", "total s", "ms/resume", "ms/call");
        for (Map.Entry<String, double[]> entry : run.stages().entrySet()) {
            double calls = entry.getValue()[0];
            double seconds = entry.getValue()[1];
            System.out.printf(
                    "%-10s %8.0f %12.1f %14.1f %12.1f%n",
                    entry.getKey(), calls, seconds, 1000 * seconds / n, calls == 0 ? 0 : 1000 * seconds / calls);
        }
    }

    /** Larger batch limits for this one request; everything else is the services' defaults. */
    private static Map<App, List<String>> serviceArguments(int files, Map<String, String> options) {
        Map<App, List<String>> arguments = new EnumMap<>(App.class);
        arguments.put(
                App.INGEST,
                List.of(
                        "--shortlist.ingest.max-batch-files=" + Math.max(500, files),
                        // Tomcat limits the parts of a multipart request and, since Tomcat 11, counts every
                        // uploaded file as a request parameter too (default 1,000).
                        "--server.tomcat.max-part-count=" + (2 * Math.max(500, files) + 100),
                        "--server.tomcat.max-parameter-count=" + (2 * Math.max(500, files) + 100)));
        if (options.containsKey("streams-threads")) {
            arguments.put(
                    App.STREAMS,
                    List.of("--spring.kafka.streams.properties.num.stream.threads=" + options.get("streams-threads")));
        }
        return arguments;
    }

    /** A small batch of the examples (other files, so nothing is a duplicate) to load models and warm the JIT. */
    private static void warmUp(Pipeline pipeline, Path repository) throws IOException, InterruptedException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(repository.resolve("examples/resumes"))) {
            examples = files.filter(f -> !f.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        String token =
                pipeline.token("bench-warmup-" + UUID.randomUUID().toString().substring(0, 8), "recruiter");
        String jobId =
                pipeline.postJob(token, "Warm-up", Files.readString(repository.resolve("examples/jobs/chef.txt")));
        long start = System.nanoTime();
        String batchId =
                pipeline.uploadBatch(token, jobId, examples).path("batchId").asText();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = pipeline.query(token, "/api/v1/batches/" + batchId);
            if (response.statusCode() == 200
                    && Pipeline.read(response).path("status").asText().startsWith("COMPLETED")) {
                System.out.printf(
                        "warm-up: %d example files screened in %.1f s%n",
                        examples.size(), (System.nanoTime() - start) / 1e9);
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The warm-up batch did not complete within 10 minutes");
    }

    /**
     * The events of one job read back from Kafka ({@code read_committed}, from the end of the topics
     * at the start), and when each screening became visible to a search.
     */
    static final class EventLog implements AutoCloseable {

        final Map<String, Instant> uploadedAt = new ConcurrentHashMap<>();
        final Map<String, Instant> resultAt = new ConcurrentHashMap<>();
        final Set<String> scored = ConcurrentHashMap.newKeySet();
        final Map<String, Instant> visibleAt = new ConcurrentHashMap<>();
        private final String jobId;
        private final TopicCatalog topics;
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread poller;
        private final HttpClient http = HttpClient.newHttpClient();
        private volatile boolean running = true;

        private EventLog(StackSettings settings, String jobId) {
            this.jobId = jobId;
            this.topics = new TopicCatalog(
                    Map.of("schema.registry.url", settings.schemaRegistryUrl(), "specific.avro.reader", true), 3);
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-benchmark");
            this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(TopicCatalog.RESUMES, TopicCatalog.SCREENINGS_SCORED)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            // Resolve the end offsets now, before the batch is uploaded.
            partitions.forEach(consumer::position);
            this.poller = new Thread(this::poll, "benchmark-event-log");
            poller.setDaemon(true);
            poller.start();
        }

        static EventLog open(StackSettings settings, String jobId) {
            return new EventLog(settings, jobId);
        }

        private void poll() {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.topic().equals(TopicCatalog.RESUMES)) {
                        ResumeUploaded upload = topics.resumes()
                                .valueSerde()
                                .deserializer()
                                .deserialize(record.topic(), record.headers(), record.value());
                        if (upload.getJobIds().contains(jobId)) {
                            uploadedAt.put(upload.getResumeId(), upload.getUploadedAt());
                        }
                    } else {
                        ScreeningResultEvent result = topics.scoredScreenings()
                                .valueSerde()
                                .deserializer()
                                .deserialize(record.topic(), record.headers(), record.value());
                        if (result.getJobId().equals(jobId)) {
                            resultAt.put(
                                    result.getResumeId(), result.getMetadata().getOccurredAt());
                            if (result.getPayload() instanceof ScreeningScored) {
                                scored.add(result.getResumeId());
                            }
                        }
                    }
                }
            }
            consumer.close(Duration.ofSeconds(5));
        }

        /**
         * One search for the screenings of the job written since the oldest result not yet seen
         * there: a small window, so polling often costs Elasticsearch little.
         */
        void checkVisibility(StackSettings settings) {
            Instant oldestPending = null;
            for (Map.Entry<String, Instant> entry : resultAt.entrySet()) {
                if (!visibleAt.containsKey(entry.getKey())
                        && (oldestPending == null || entry.getValue().isBefore(oldestPending))) {
                    oldestPending = entry.getValue();
                }
            }
            if (oldestPending == null) {
                return;
            }
            String query = """
                    {"size": 10000, "_source": ["resumeId"], "query": {"bool": {"filter": [
                      {"term": {"jobId": "%s"}},
                      {"range": {"scoredAt": {"gte": %d, "format": "epoch_millis"}}}]}}}
                    """.formatted(jobId, oldestPending.toEpochMilli());
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(
                                        URI.create(settings.elasticsearchUrl() + "/shortlist-screenings/_search"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Instant now = Instant.now();
                if (response.statusCode() == 200) {
                    for (JsonNode hit :
                            Pipeline.JSON.readTree(response.body()).path("hits").path("hits")) {
                        String resumeId = hit.path("_source").path("resumeId").asText();
                        if (resultAt.containsKey(resumeId)) {
                            visibleAt.putIfAbsent(resumeId, now);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            poller.join(10_000);
        }
    }

    /** The processes whose CPU is counted, by the name printed. */
    private static Map<String, ProcessHandle> processes(Pipeline pipeline, StackSettings settings) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        for (App app : App.values()) {
            processes.put(
                    app.module(),
                    pipeline.process(app)
                            .orElseThrow(() -> new IllegalStateException("No process found for " + app.module())));
        }
        Map<String, ChildProcess> stack = LocalStack.recorded(settings);
        processes.put("kafka + registry", handle(stack.get("kafka"), "kafka"));
        processes.put("elasticsearch", handle(stack.get("elasticsearch"), "elasticsearch"));
        processes.put(CLIENT, ProcessHandle.current());
        return processes;
    }

    private static ProcessHandle handle(ChildProcess process, String name) {
        if (process == null) {
            throw new IllegalStateException("No pid file for " + name + ": was the stack started by another home?");
        }
        return ProcessHandle.of(process.pid()).orElseThrow();
    }

    /** CPU seconds (user + system) of each process and its descendants, from /proc. */
    private static Map<String, CpuTime> cpu(Map<String, ProcessHandle> processes) {
        Map<String, CpuTime> cpu = new LinkedHashMap<>();
        processes.forEach((name, process) -> {
            double seconds = ticks(process.pid());
            // This JVM is the parent of the services it started: count only its own time.
            for (ProcessHandle child : name.equals(CLIENT)
                    ? List.<ProcessHandle>of()
                    : process.descendants().toList()) {
                seconds += ticks(child.pid());
            }
            cpu.put(name, new CpuTime(seconds / CLOCK_TICKS, 0));
        });
        return cpu;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy and idle CPU seconds of the whole machine (the first line of /proc/stat). */
    private static CpuTime machineCpu() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            long idle = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                long value = Long.parseLong(fields[i]);
                if (i == 4 || i == 5) {
                    idle += value;
                } else {
                    busy += value;
                }
            }
            return new CpuTime(busy / CLOCK_TICKS, idle / CLOCK_TICKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Calls and seconds of each stage timer of the streams processor. */
    private static Map<String, double[]> stageTimers(Pipeline pipeline) {
        HttpResponse<String> response = pipeline.get(App.STREAMS, null, "/actuator/prometheus");
        Map<String, double[]> stages = new LinkedHashMap<>();
        Matcher matcher = STAGE_METRIC.matcher(response.body());
        while (matcher.find()) {
            double[] values = stages.computeIfAbsent(matcher.group(2), s -> new double[2]);
            values[matcher.group(1).equals("count") ? 0 : 1] = Double.parseDouble(matcher.group(3));
        }
        return stages;
    }

    private static Map<String, String> machine(Map<String, ProcessHandle> processes, Map<String, String> options) {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors() + " (" + cpuModel() + ")");
        machine.put("memory", memory());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        for (Map.Entry<String, ProcessHandle> entry : processes.entrySet()) {
            if (!entry.getKey().equals(CLIENT)) {
                machine.put("heap " + entry.getKey(), heap(entry.getValue()));
            }
        }
        machine.put("stream threads", options.getOrDefault("streams-threads", "2 (default)"));
        return machine;
    }

    /**
     * The -Xms/-Xmx options of the JVM in a process tree with the largest -Xmx (Elasticsearch's
     * launcher and tools run small JVMs of their own beside the server).
     */
    private static String heap(ProcessHandle process) {
        String best = "JVM default";
        long largest = -1;
        for (ProcessHandle p :
                Stream.concat(Stream.of(process), process.descendants()).toList()) {
            try {
                String[] arguments = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
                        .split("\0");
                List<String> heap = Arrays.stream(arguments)
                        .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms"))
                        .toList();
                long xmx = heap.stream()
                        .filter(a -> a.startsWith("-Xmx"))
                        .mapToLong(a -> bytes(a.substring(4)))
                        .max()
                        .orElse(-1);
                if (xmx > largest) {
                    largest = xmx;
                    best = String.join(" ", heap);
                }
            } catch (IOException e) {
                // Gone meanwhile.
            }
        }
        return best;
    }

    private static long bytes(String size) {
        long unit = switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? size : size.substring(0, size.length() - 1)) * unit;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB")
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double megabytes(Run run) {
        double bytes = 0;
        for (JsonNode accepted : run.accepted().path("accepted")) {
            bytes += accepted.path("sizeBytes").asDouble();
        }
        return bytes / 1e6;
    }

    /** The files of {@code manifest.csv} (id,category,file), in its order. */
    private static List<Path> manifest(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("manifest.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            if (fields.length >= 3) {
                files.add(corpus.resolve(fields[2].trim()));
            }
        }
        return files;
    }

    /** Nearest-rank percentile; {@code NaN} for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.contains("=")) {
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }
}
