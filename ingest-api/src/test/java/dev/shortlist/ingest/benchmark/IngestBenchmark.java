package dev.shortlist.ingest.benchmark;

import dev.shortlist.stack.auth.DevTokenIssuer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for a running ingest-api (a separate process): N workers upload distinct
 * ~50 KB PDFs to {@code POST /api/v1/resumes} (each with one job id) and report uploads/s and
 * latency percentiles. Not a test: run it by hand, see docs/ingest.md.
 *
 * <p>The generator shares the machine with the server, so it is kept cheap: every request (headers
 * and multipart body of a file with its own content) is built before the clock starts, and each
 * worker sends its requests over one kept-alive HTTP/1.1 connection, reading only the status line,
 * the headers and the body length of each response.
 *
 * <pre>
 * IngestBenchmark [--url http://127.0.0.1:8080] [--keys .local-stack/dev-issuer] [--workers 16]
 *                 [--requests 3000] [--warmup 3000] [--size 51200] [--org bench-&lt;random&gt;]
 * </pre>
 */
public final class IngestBenchmark {

    private static final byte[] CRLF = {'\r', '\n'};

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        Path keys = Path.of(options.getOrDefault("keys", ".local-stack/dev-issuer"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "16"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int size = Integer.parseInt(options.getOrDefault("size", "51200"));
        String organization = options.getOrDefault(
                "org", "bench-" + UUID.randomUUID().toString().substring(0, 8));

        String token = DevTokenIssuer.inDirectory(keys).token(organization, List.of("recruiter"), Duration.ofHours(1));
        InetSocketAddress server = new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
        String jobId = postJob(server, token);
        System.out.printf("org %s, job %s, %d workers, %d-byte PDFs%n", organization, jobId, workers, size);

        // Every upload is a different file, so duplicate detection never short-cuts one.
        SplittableRandom random = new SplittableRandom();
        byte[][] warmupRequests = uploads(random, warmup, server, token, jobId, size);
        byte[][] measuredRequests = uploads(random, requests, server, token, jobId, size);

        if (warmup > 0) {
            Result warm = run(server, warmupRequests, workers);
            System.out.printf("warm-up: %d uploads, %.1f uploads/s%n", warm.ok(), warm.ok() / warm.seconds());
        }
        Result result = run(server, measuredRequests, workers);
        System.out.printf("uploads: %d ok, %d failed %s%n", result.ok(), result.failed(), result.statuses());
        System.out.printf("throughput: %.1f uploads/s over %.2f s%n", result.ok() / result.seconds(), result.seconds());
        System.out.printf(
                "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                result.percentile(50), result.percentile(90), result.percentile(99), result.percentile(100));
        System.out.printf("load generator CPU: %.2f ms per upload%n", result.cpuNanos() / 1e6 / Math.max(1, requests));
        System.exit(result.failed() == 0 ? 0 : 1);
    }

    record Result(
            long ok,
            long failed,
            Map<Integer, Integer> statuses,
            double seconds,
            long[] latenciesNanos,
            long cpuNanos) {
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

    private static Result run(InetSocketAddress server, byte[][] requests, int workers) throws InterruptedException {
        long[] latencies = new long[requests.length];
        AtomicInteger next = new AtomicInteger();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[workers];
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            threads[w] = new Thread(
                    () -> {
                        Connection connection = null;
                        int i;
                        while ((i = next.getAndIncrement()) < requests.length) {
                            long sent = System.nanoTime();
                            int status;
                            try {
                                if (connection == null) {
                                    connection = new Connection(server);
                                }
                                status = connection.exchange(requests[i]);
                            } catch (IOException e) {
                                status = -1;
                            }
                            latencies[i] = System.nanoTime() - sent;
                            if (status < 0 || (connection != null && connection.closed)) {
                                closeQuietly(connection);
                                connection = null;
                            }
                            statuses.merge(status, 1, Integer::sum);
                            (status == 202 ? ok : failed).increment();
                        }
                        closeQuietly(connection);
                    },
                    "upload-" + w);
            threads[w].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                ok.sum(), failed.sum(), new TreeMap<>(statuses), seconds, latencies, processCpuNanos() - cpuBefore);
    }

    /** One kept-alive HTTP/1.1 connection: writes a prepared request, reads and discards the response. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] discard = new byte[8192];
        private final StringBuilder line = new StringBuilder(128);
        boolean closed;

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(server, 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> {
                        // Other headers do not matter to the benchmark.
                    }
                }
            }
            if (chunked) {
                for (long chunk = Long.parseLong(readLine().split(";")[0].trim(), 16);
                        chunk > 0;
                        chunk = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
                    skip(chunk);
                    readLine();
                }
                for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
                    // Trailers are not used.
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closed = true; // body delimited by end of stream: the connection cannot be reused
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                int n = in.read(discard, 0, (int) Math.min(discard.length, bytes));
                if (n < 0) {
                    throw new EOFException("Response body cut short");
                }
                bytes -= n;
            }
        }

        private String readLine() throws IOException {
            line.setLength(0);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("Connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // Nothing to do: the connection is dropped either way.
            }
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static byte[][] uploads(
            SplittableRandom random, int count, InetSocketAddress server, String token, String jobId, int size) {
        byte[][] requests = new byte[count][];
        for (int i = 0; i < count; i++) {
            String boundary = "----bench" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
            byte[] body = multipart(boundary, pdf(random, size), jobId);
            requests[i] = request(
                    "POST", "/api/v1/resumes", server, token, "multipart/form-data; boundary=" + boundary, body, false);
        }
        return requests;
    }

    private static byte[] request(
            String method,
            String path,
            InetSocketAddress server,
            String token,
            String contentType,
            byte[] body,
            boolean close) {
        String head = method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + server.getHostString() + ":" + server.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String postJob(InetSocketAddress server, String token) throws IOException {
        byte[] request = request(
                "POST",
                "/api/v1/jobs",
                server,
                token,
                "application/json",
                "{\"title\": \"Benchmark engineer\", \"description\": \"Java, Kafka and load tests.\"}"
                        .getBytes(StandardCharsets.UTF_8),
                true);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.connect(server, 5_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher id = Pattern.compile("\"jobId\"\\s*:\\s*\"([^\"]+)\"").matcher(response);
            if (!response.startsWith("HTTP/1.1 201") || !id.find()) {
                throw new IllegalStateException("Could not post the benchmark job: " + response);
            }
            return id.group(1);
        }
    }

    /** A distinct, PDF-looking document of the given size (random text after a PDF header). */
    private static byte[] pdf(SplittableRandom random, int size) {
        byte[] out = new byte[size];
        byte[] header = "%PDF-1.4\n% benchmark resume\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = header.length; i < size; i++) {
            out[i] = (byte) ('a' + random.nextInt(26));
        }
        return out;
    }

    private static byte[] multipart(String boundary, byte[] file, String jobId) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jobIds\"\r\n\r\n" + jobId + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(CRLF);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
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
