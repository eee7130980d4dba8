package dev.shortlist.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import dev.shortlist.stack.cli.AppServices;
import dev.shortlist.stack.cli.AppServices.App;
import dev.shortlist.stack.process.ChildProcess;
import java.io.ByteArrayOutputStream;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The three real services started from the build's jars against a running local stack, and the
 * HTTP calls a user makes. Used by the end-to-end tests and the pipeline benchmark.
 */
final class Pipeline implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final AppServices services;
    private final Map<App, List<String>> arguments;
    private final DevTokenIssuer issuer;
    private final Map<App, ChildProcess> processes = new EnumMap<>(App.class);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Pipeline(Path repository, StackSettings settings) {
        this(repository, settings, Map.of());
    }

    /** Services configured with the endpoints of a running stack (mapped ports in the testcontainers mode). */
    Pipeline(Path repository, StackSettings settings, StackEndpoints endpoints) {
        this(repository, settings, endpoints, Map.of());
    }

    /** @param arguments Spring arguments added to a service's command line, e.g. a larger batch limit */
    Pipeline(Path repository, StackSettings settings, Map<App, List<String>> arguments) {
        this(repository, settings, settings.endpoints(), arguments);
    }

    private Pipeline(
            Path repository, StackSettings settings, StackEndpoints endpoints, Map<App, List<String>> arguments) {
        this.services = new AppServices(repository, settings, endpoints);
        this.arguments = Map.copyOf(arguments);
        this.issuer = DevTokenIssuer.inDirectory(services.devIssuerDir());
    }

    /**
     * Starts every service not yet running and waits until all are healthy. If one fails, the ones
     * this call started are stopped before the failure is thrown, so none is left running.
     */
    Pipeline start() {
        try {
            for (App app : App.values()) {
                services.start(app, false, arguments(app)).ifPresent(p -> processes.put(app, p));
            }
            for (App app : App.values()) {
                services.awaitHealthy(app, processes.get(app), Duration.ofMinutes(5));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /** Stops one service the way an operator's restart would (SIGTERM, then SIGKILL after a grace). */
    void stop(App app) {
        ChildProcess process = processes.remove(app);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** Starts one service again and waits until it is healthy. */
    void restart(App app) {
        services.start(app, false, arguments(app)).ifPresent(p -> processes.put(app, p));
        services.awaitHealthy(app, processes.get(app), Duration.ofMinutes(5));
    }

    /** The service's process: the one started here, else the one its pid file names (a reused service). */
    Optional<ProcessHandle> process(App app) {
        ChildProcess started = processes.get(app);
        if (started != null) {
            return ProcessHandle.of(started.pid());
        }
        return ChildProcess.fromPidFile(app.module(), services.pidFile(app), services.pidFile(app))
                .flatMap(p -> ProcessHandle.of(p.pid()));
    }

    String token(String organization, String role) {
        return issuer.token(organization, List.of(role), Duration.ofHours(2));
    }

    String postJob(String token, String title, String description) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri(App.INGEST, "/api/v1/jobs?title=" + encode(title)))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(description, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).path("jobId").asText();
    }

    JsonNode uploadBatch(String token, String jobId, List<Path> files) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        HttpResponse<String> response = postBatch(token, jobId, contents, Duration.ofMinutes(5));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return read(response);
    }

    /** POST /api/v1/batches with the files in order; status and body, whatever they are. */
    HttpResponse<String> postBatch(String token, String jobId, Map<String, byte[]> files, Duration timeout) {
        String boundary = "e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jobId\"\r\n\r\n" + jobId + "\r\n");
        files.forEach((name, content) -> {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return send(
                HttpRequest.newBuilder(uri(App.INGEST, "/api/v1/batches"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                timeout);
    }

    /** POST /api/v1/resumes with one file for one job; status and body, whatever they are. */
    HttpResponse<String> postResume(String token, String jobId, String fileName, byte[] content, Duration timeout) {
        String boundary = "e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(
                HttpRequest.newBuilder(uri(App.INGEST, "/api/v1/resumes?jobIds=" + encode(jobId)))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                timeout);
    }

    /** GET on query-api; returns status and body. */
    HttpResponse<String> query(String token, String path) {
        return get(App.QUERY, token, path);
    }

    JsonNode queryJson(String token, String path) {
        HttpResponse<String> response = query(token, path);
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        return read(response);
    }

    /** GET on any service with a bearer token (none when {@code token} is null). */
    HttpResponse<String> get(App app, String token, String path) {
        return get(app, token, path, Duration.ofMinutes(5));
    }

    /** GET with a bounded wait: {@link java.net.http.HttpTimeoutException} when the answer takes longer. */
    HttpResponse<String> get(App app, String token, String path, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(app, path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request, timeout);
    }

    @Override
    public void close() {
        for (App app : List.copyOf(processes.keySet())) {
            stop(app);
        }
    }

    static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, Duration.ofMinutes(5));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        try {
            return http.send(
                    request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> arguments(App app) {
        return arguments.getOrDefault(app, List.of());
    }

    private static URI uri(App app, String path) {
        return URI.create(app.baseUrl() + path);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
