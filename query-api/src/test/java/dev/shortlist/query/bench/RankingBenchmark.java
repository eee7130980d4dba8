package dev.shortlist.query.bench;

import dev.shortlist.query.projection.Failure;
import dev.shortlist.query.projection.JobDocument;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.query.projection.ScreeningKeys;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load benchmark of the ranking endpoint, run as a separate process against a running query-api:
 * bulk-loads synthetic screenings of one job into the projection (unless {@code --load=false}), then
 * sends ranked top-50 requests at a fixed rate (open loop: latency is measured from each request's
 * scheduled time, so a slow server cannot hide queueing) and prints p50/p90/p99/max.
 *
 * <pre>
 * java -cp "query-api/target/test-classes:query-api/target/classes:$(cat cp.txt)" \
 *   dev.shortlist.query.bench.RankingBenchmark --es=http://127.0.0.1:29200 --api=http://127.0.0.1:28083 \
 *   --issuer-dir=query-api/target/stack-it/dev-issuer --screenings=100000 --rate=200 --seconds=60
 * </pre>
 */
public final class RankingBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of(
                "es",
                "http://127.0.0.1:9200",
                "api",
                "http://127.0.0.1:8083",
                "issuer-dir",
                ".local-stack/dev-issuer",
                "screenings",
                "100000",
                "rate",
                "200",
                "seconds",
                "60",
                "load",
                "true",
                "org",
                "org-bench",
                "job",
                "JOB_20261123_BENCH"));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv[1]);
        }
        String org = options.get("org");
        String job = options.get("job");
        int screenings = Integer.parseInt(options.get("screenings"));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16))
                .build();
        if (Boolean.parseBoolean(options.get("load"))) {
            load(http, options.get("es"), org, job, screenings);
        }
        String token = DevTokenIssuer.inDirectory(Path.of(options.get("issuer-dir")))
                .token(org, List.of("viewer"), Duration.ofHours(2));
        String base = options.get("api") + "/api/v1/jobs/" + job + "/ranking?size=50";
        List<String> variants = List.of(base, base, base, base + "&minScore=60", base + "&band=STRONG,GOOD");

        System.out.println("warm-up ...");
        run(http, variants, token, 50, 20);
        int rate = Integer.parseInt(options.get("rate"));
        int seconds = Integer.parseInt(options.get("seconds"));
        System.out.printf(
                Locale.ROOT, "measuring %d req/s for %d s over %d screenings ...%n", rate, seconds, screenings);
        Result result = run(http, variants, token, rate, seconds);
        System.out.println(result);
        System.exit(0);
    }

    record Result(int requests, int errors, double p50, double p90, double p99, double max, double achievedRate) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "requests=%d errors=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms rate=%.1f/s",
                    requests,
                    errors,
                    p50,
                    p90,
                    p99,
                    max,
                    achievedRate);
        }
    }

    static Result run(HttpClient http, List<String> urls, String token, int rate, int seconds) throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        var task = scheduler.scheduleAtFixedRate(
                () -> {
                    int i = sent.getAndIncrement();
                    if (i >= total) {
                        return;
                    }
                    long scheduled = start + i * periodNanos;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size())))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build();
                    inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                            .whenComplete((response, e) -> {
                                latencies.add((System.nanoTime() - scheduled) / 1e6);
                                if (e != null || response.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            }));
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(100);
        }
        task.cancel(false);
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .get(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        scheduler.shutdownNow();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(
                sorted.size(),
                errors.get(),
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                sorted.size() / elapsed);
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Bulk-loads one job and {@code count} scored screenings of it, with realistic skills and bands. */
    static void load(HttpClient http, String es, String org, String job, int count) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Instant now = Instant.now();
        JobDocument jobDocument = new JobDocument(
                job,
                org,
                1,
                JobDocument.OPEN,
                new JobDocument.Definition(
                        "Benchmark Engineer",
                        "Synthetic job",
                        new JobDocument.Requirements(List.of("Java", "Kafka"), List.of("Kubernetes"), 3.0, "BACHELOR"),
                        "Berlin",
                        "HYBRID",
                        List.of("en"),
                        null),
                new JobDocument.Lifecycle(now, null, null, null),
                "bench");
        bulk(
                http,
                es,
                json.writeValueAsString(Map.of("index", Map.of("_index", Projection.JOBS.alias(), "_id", job))) + "\n"
                        + json.writeValueAsString(jobDocument) + "\n");
        List<String> skills = List.of(
                "Java", "Kafka", "Kubernetes", "PostgreSQL", "Spring", "Go", "Python", "AWS", "Docker", "React");
        Random random = new Random(42);
        long started = System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String resume = String.format(Locale.ROOT, "RES_BENCH_%07d", i);
            double score = Math.round(Math.min(100, Math.max(0, 55 + random.nextGaussian() * 18)) * 10) / 10.0;
            String band = score >= 80 ? "STRONG" : score >= 60 ? "GOOD" : score >= 40 ? "PARTIAL" : "WEAK";
            List<String> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String skill : skills) {
                (random.nextDouble() < score / 100 ? matched : missing).add(skill);
            }
            ScreeningDocument doc = new ScreeningDocument(
                    job + ":" + resume,
                    new ScreeningKeys(job, resume, null, org),
                    ScreeningDocument.SCORED,
                    new ScreeningDocument.Result(score, band, List.of()),
                    new ScreeningDocument.Explanation(
                            matched, missing, List.of(), List.of(), List.of(), String.join(" ", matched)),
                    new ScreeningDocument.Versions(1, "bench-1", "tax-1", Map.of()),
                    Failure.NONE,
                    new ScreeningDocument.Written(now, false, "bench-" + i));
            body.append(json.writeValueAsString(
                            Map.of("index", Map.of("_index", Projection.SCREENINGS.alias(), "_id", doc.screeningId()))))
                    .append('\n')
                    .append(json.writeValueAsString(doc))
                    .append('\n');
            if ((i + 1) % 5000 == 0 || i == count - 1) {
                bulk(http, es, body.toString());
                body.setLength(0);
            }
        }
        http.send(
                HttpRequest.newBuilder(URI.create(es + "/" + Projection.SCREENINGS.alias() + "/_refresh"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf(Locale.ROOT, "loaded %d screenings in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void bulk(HttpClient http, String es, String ndjson) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(es + "/_bulk"))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\":true")) {
            throw new IllegalStateException("bulk failed: "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }
}
