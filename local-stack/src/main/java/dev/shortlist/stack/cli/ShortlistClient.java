package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The REST calls the CLI makes to ingest-api and query-api, with a bearer token. */
final class ShortlistClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String queryUrl;
    private final String token;

    ShortlistClient(String ingestUrl, String queryUrl, String token) {
        this.ingestUrl = ingestUrl;
        this.queryUrl = queryUrl;
        this.token = token;
    }

    /** Posts a job whose description is plain text; returns its id. */
    String postJob(String description, String title) {
        String url = ingestUrl + "/api/v1/jobs" + (title == null ? "" : "?title=" + encode(title));
        HttpRequest request = authorized(url)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(description, StandardCharsets.UTF_8))
                .build();
        return send(request, Duration.ofSeconds(30)).path("jobId").asText();
    }

    /** Posts a job whose description is a document (PDF, DOCX, ...); returns its id. */
    String postJobFile(Path file) {
        Multipart body = new Multipart().file("file", file);
        HttpRequest request = authorized(ingestUrl + "/api/v1/jobs")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return send(request, Duration.ofSeconds(30)).path("jobId").asText();
    }

    /** Uploads the files as one batch for the job; returns the ingest answer. */
    JsonNode uploadBatch(String jobId, List<Path> files) {
        Multipart body = new Multipart().field("jobId", jobId);
        files.forEach(f -> body.file("files", f));
        HttpRequest request = authorized(ingestUrl + "/api/v1/batches")
                .header("Content-Type", body.contentType())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return send(request, Duration.ofMinutes(5));
    }

    /** The batch as query-api knows it, or null while it is not projected yet. */
    JsonNode batch(String batchId) {
        return sendOrNull(
                authorized(queryUrl + "/api/v1/batches/" + batchId).GET().build());
    }

    /**
     * Follows the batch's Server-Sent Events until {@code done} accepts an update; each update
     * goes to {@code onUpdate}. Returns the last update, or null when the stream ended early.
     */
    JsonNode followProgress(
            String batchId,
            java.util.function.Consumer<JsonNode> onUpdate,
            Predicate<JsonNode> done,
            Duration timeout) {
        HttpRequest request = authorized(queryUrl + "/api/v1/batches/" + batchId + "/progress")
                .header("Accept", "text/event-stream")
                .timeout(timeout)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                return null;
            }
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder data = new StringBuilder();
                JsonNode last = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.isEmpty() && data.length() > 0) {
                        last = JSON.readTree(data.toString());
                        data.setLength(0);
                        onUpdate.accept(last);
                        if (done.test(last)) {
                            return last;
                        }
                    }
                }
                return last;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The job's ranked screenings, best first. */
    JsonNode ranking(String jobId, int size) {
        return send(
                authorized(queryUrl + "/api/v1/jobs/" + jobId + "/ranking?size=" + size)
                        .GET()
                        .build(),
                Duration.ofSeconds(30));
    }

    /** Ids of the job's scored resumes, reading the ranking page by page until {@code expected} or its end. */
    java.util.Set<String> rankedIds(String jobId, int expected) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int page = 0; ids.size() < expected; page++) {
            JsonNode items = send(
                            authorized(queryUrl + "/api/v1/jobs/" + jobId + "/ranking?size=200&page=" + page)
                                    .GET()
                                    .build(),
                            Duration.ofSeconds(30))
                    .path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> ids.add(item.path("resumeId").asText()));
        }
        return ids;
    }

    /** One screening of the job (status, score or failure reason), or null while it is not projected. */
    JsonNode screening(String jobId, String resumeId) {
        return sendOrNull(authorized(queryUrl + "/api/v1/jobs/" + jobId + "/screenings/" + resumeId)
                .GET()
                .build());
    }

    /** The resume's parsed profile, which holds the parse failure reason (for example NO_TEXT), or null. */
    JsonNode resume(String resumeId) {
        return sendOrNull(
                authorized(queryUrl + "/api/v1/resumes/" + resumeId).GET().build());
    }

    private HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, Duration timeout) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new CliException(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + body.path("detail").asText(response.body()));
            }
            return body;
        } catch (IOException e) {
            throw new CliException(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted");
        }
    }

    private JsonNode sendOrNull(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body built in memory (batches are bounded by the ingest limits). */
    private static final class Multipart {
        private final String boundary = "shortlist-" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, Path file) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.getFileName().toString().replace("\"", "'") + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n");
            try {
                out.write(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
