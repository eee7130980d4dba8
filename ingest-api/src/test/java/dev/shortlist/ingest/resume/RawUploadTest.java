package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.ingest.IngestApiTestSupport;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads written byte by byte on a socket to the real embedded Tomcat, as an attacker sends them:
 * malformed multipart, hostile file names, bodies shorter than their Content-Length, and a body far
 * over the limits. Each gets a problem+json (or, for a body that stops, a closed connection) in a
 * bounded time, never a 500.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoint.health.group.readiness.include=readinessState,eventState",
            "spring.kafka.properties.schema.registry.url=mock://ingest-api-test",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DevTokenIssuer.DEFAULT_ISSUER,
            "spring.security.oauth2.resourceserver.jwt.audiences=" + DevTokenIssuer.DEFAULT_AUDIENCE
        })
class RawUploadTest extends IngestApiTestSupport {

    private static final String ORG = "org-raw";
    private static final String BOUNDARY = "----shortlist-boundary-7MA4YWxk";

    @LocalServerPort
    int port;

    /**
     * What came back: the status (0 when the server closed without answering), the body, and how
     * long the first byte of the answer (or the close) took to arrive.
     */
    record Answer(int status, String body, Duration elapsed) {}

    private Answer send(String contentType, byte[] body, long declaredLength, Duration readTimeout) throws IOException {
        return send("/api/v1/resumes", contentType, body, declaredLength, readTimeout);
    }

    private Answer send(String path, String contentType, byte[] body, long declaredLength, Duration readTimeout)
            throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + token(ORG, "recruiter") + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + declaredLength + "\r\n"
                + "Connection: close\r\n\r\n";
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) readTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before it has read everything: read what it said.
            }
            InputStream in = socket.getInputStream();
            int first = readFirst(in);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            byte[] response = first < 0 ? new byte[0] : readAll(in, (byte) first);
            String text = new String(response, StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                return new Answer(0, "", elapsed);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4), elapsed);
        }
    }

    private Answer send(String contentType, byte[] body) throws IOException {
        return send(contentType, body, body.length, Duration.ofSeconds(15));
    }

    private static int readFirst(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (java.net.SocketException | SocketTimeoutException e) {
            // Reset, or nothing at all within the client's own timeout: no answer either way.
            return -1;
        }
    }

    /** Reads to the end of one response (chunked or with a Content-Length), or until the server closes. */
    private static byte[] readAll(InputStream in, byte first) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first);
        byte[] buffer = new byte[8192];
        try {
            int n;
            while (!complete(out.toString(StandardCharsets.ISO_8859_1)) && (n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // A reset after the answer is how a server ends a request it did not read to the end.
        }
        return out.toByteArray();
    }

    private static boolean complete(String response) {
        int headEnd = response.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        String head = response.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher length =
                java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            return response.length() - headEnd - 4 >= Integer.parseInt(length.group(1));
        }
        return response.endsWith("\r\n0\r\n\r\n");
    }

    /** Bytes allocated so far by every live thread of this JVM (the server's request threads included). */
    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, allocated);
        }
        return total;
    }

    private static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static byte[] filePart(String fileNameHeaderValue, byte[] content) {
        return TestFiles.concat(
                ("--" + BOUNDARY + "\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\""
                                + fileNameHeaderValue + "\"\r\n" + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                content,
                ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(Answer answer, int status, String slug, String detailPart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body())
                .contains("\"type\":\"https://shortlist.dev/problems/" + slug + "\"")
                .contains(detailPart);
    }

    @Test
    void aWellFormedRawUploadIsAccepted() throws Exception {
        Answer answer = send(multipartType(), filePart("cv.pdf", TestFiles.pdf("raw but fine")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    }

    @Test
    void aMultipartContentTypeWithoutBoundaryIsABadRequest() throws Exception {
        Answer answer = send("multipart/form-data", filePart("cv.pdf", TestFiles.pdf("no boundary")));
        assertProblem(answer, 400, "malformed-multipart", "multipart/form-data body could not be read");
    }

    @Test
    void aTruncatedMultipartBodyIsABadRequest() throws Exception {
        byte[] whole = filePart("cv.pdf", TestFiles.pdf("truncated"));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 40);
        Answer answer = send(multipartType(), truncated);
        assertProblem(answer, 400, "malformed-multipart", "could not be read");
    }

    @Test
    void aBodyWhoseBoundaryMatchesNothingIsABadRequest() throws Exception {
        Answer answer =
                send("multipart/form-data; boundary=another-boundary", filePart("cv.pdf", TestFiles.pdf("mismatch")));
        assertProblem(answer, 400, "malformed-multipart", "boundary");
    }

    @Test
    void garbageForAMultipartBodyIsABadRequest() throws Exception {
        byte[] garbage = ("--" + BOUNDARY + "\r\nthis is not a part header\r\n\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Answer answer = send(multipartType(), garbage);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("https://shortlist.dev/problems/malformed-multipart");
    }

    @Test
    void hostileFileNamesAreBadRequests() throws Exception {
        assertProblem(
                send(multipartType(), filePart("a\u0000b.pdf", TestFiles.pdf("nul"))),
                400,
                "invalid-file-name",
                "U+0000");
        assertProblem(
                send(multipartType(), filePart("cv\u001b[31m.pdf", TestFiles.pdf("escape"))),
                400,
                "invalid-file-name",
                "U+001B");
        assertProblem(
                send(multipartType(), filePart("../../etc/cron.d/cv.pdf", TestFiles.pdf("traversal"))),
                400,
                "invalid-file-name",
                "contains '..'");
        assertProblem(
                send(multipartType(), filePart("/etc/passwd.pdf", TestFiles.pdf("absolute"))),
                400,
                "invalid-file-name",
                "is absolute");
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsCutOffWithinTheReadTimeout() throws Exception {
        byte[] start = Arrays.copyOf(filePart("cv.pdf", TestFiles.pdf("slow")), 100);

        Answer answer = send(multipartType(), start, 10_000, Duration.ofSeconds(30));

        // Tomcat's read of the body times out after the idle limit (8 s) and Tomcat answers 408 itself.
        assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(12));
        assertProblem(
                answer, 408, "request-timeout", "nothing was received for 8 s (server.tomcat.connection-timeout)");
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aHundredMegabyteUploadIsRefusedWithThePerFileLimit() throws Exception {
        byte[] huge = filePart("huge.pdf", TestFiles.pdfOfSize(100 << 20));

        long allocatedBefore = allocatedByAllThreads();
        Answer answer = send(multipartType(), huge);
        long allocated = allocatedByAllThreads() - allocatedBefore;

        assertProblem(answer, 413, "file-too-large", "the per-file limit of 10485760 bytes (10 MB)");
        // Reading the whole part (as file.getBytes() did) alone allocates over 100 MB; the bounded read
        // of 10 MB + 1 byte and Tomcat's spooling to disk stay far below.
        assertThat(allocated)
                .as("bytes allocated while receiving and refusing it")
                .isLessThan(60L << 20);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aRequestDeclaredOverTheBatchLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        byte[] start = Arrays.copyOf(filePart("cv.pdf", TestFiles.pdf("declared huge")), 200);

        Answer answer = send(multipartType(), start, 300L << 20, Duration.ofSeconds(15));

        assertProblem(answer, 413, "file-too-large", "one file at most 10485760 bytes (10 MB)");
        assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(5));

        Answer batch = send("/api/v1/batches", multipartType(), start, 300L << 20, Duration.ofSeconds(15));

        assertProblem(
                batch,
                413,
                "batch-too-large",
                "a batch may carry at most 209715200 bytes (200 MB) (shortlist.ingest.max-batch-size)");
        assertThat(batch.body()).contains("\"reason\":\"BATCH_TOO_LARGE\"");
    }
}
