package dev.shortlist.ingest.benchmark;

import dev.shortlist.stack.auth.DevTokenIssuer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for a running ingest-api (a separate process): N workers upload distinct
 * ~50 KB PDFs to {@code POST /api/v1/resumes} (each with one job id) and report uploads/s and
 * latency percentiles. Not a test: run it by hand, see docs/ingest.md.
 *
 * <pre>
 * IngestBenchmark [--url http://127.0.0.1:8080] [--keys .local-stack/dev-issuer] [--workers 16]
 *                 [--requests 3000] [--warmup 300] [--size 51200] [--org bench-&lt;random&gt;]
 * </pre>
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        Path keys = Path.of(options.getOrDefault("keys", ".local-stack/dev-issuer"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "16"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
        int size = Integer.parseInt(options.getOrDefault("size", "51200"));
        String organization = options.getOrDefault("org", "bench-" + UUID.randomUUID().toString().substring(0, 8));

        String token = DevTokenIssuer.inDirectory(keys).token(organization, List.of("recruiter"), Duration.ofHours(1));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(workers)).build();
        String jobId = postJob(http, base, token);
        System.out.printf("org %s, job %s, %d workers, %d-byte PDFs%n", organization, jobId, workers, size);

        run(http, base, token, jobId, workers, warmup, size);
        Result result = run(http, base, token, jobId, workers, requests, size);
        System.out.printf("uploads: %d ok, %d failed %s%n", result.ok(), result.failed(), result.statuses());
        System.out.printf("throughput: %.1f uploads/s over %.2f s%n", result.ok() / result.seconds(), result.seconds());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                result.percentile(50), result.percentile(90), result.percentile(99), result.percentile(100));
        System.exit(0);
    }

    record Result(long ok, long failed, Map<Integer, Integer> statuses, double seconds, long[] latenciesNanos) {
        double percentile(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    private static Result run(HttpClient http, URI base, String token, String jobId, int workers, int requests, int size)
            throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String boundary = "----bench" + UUID.randomUUID();
                    byte[] body = multipart(boundary, pdf(size), jobId);
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/resumes"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    latencies[i] = System.nanoTime() - sent;
                    statuses.merge(status, 1, Integer::sum);
                    (status == 202 ? ok : failed).increment();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(ok.sum(), failed.sum(), new TreeMap<>(statuses), seconds, latencies);
    }

    private static String postJob(HttpClient http, URI base, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/jobs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\": \"Benchmark engineer\", \"description\": \"Java, Kafka and load tests.\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"jobId\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Could not post the benchmark job: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    /** A distinct, PDF-looking document of the given size (random text after a PDF header). */
    private static byte[] pdf(int size) {
        byte[] out = new byte[size];
        byte[] header = "%PDF-1.4\n% benchmark resume\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, out, 0, header.length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = header.length; i < size; i++) {
            out[i] = (byte) ('a' + random.nextInt(26));
        }
        return out;
    }

    private static byte[] multipart(String boundary, byte[] file, String jobId) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jobIds\"\r\n\r\n" + jobId + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
