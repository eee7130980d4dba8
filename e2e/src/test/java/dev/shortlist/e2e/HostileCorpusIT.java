package dev.shortlist.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.e2e.hostile.Expected;
import dev.shortlist.e2e.hostile.HostileCorpus;
import dev.shortlist.e2e.hostile.HostileFile;
import dev.shortlist.e2e.hostile.Kind;
import dev.shortlist.e2e.hostile.Outcome;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.cli.AppServices.App;
import dev.shortlist.stack.junit.LocalStackTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The hostile corpus against the real stack: every generated file (docs/hostile-corpus.md) and the
 * repository's 24 example resumes in one batch, then the requests no batch can carry (a 100 MB
 * upload, malformed multipart, a stalled body). Each file must get its expected refusal or parse
 * failure, or be scored; the streams processor must stay up, in the same process, and the batch
 * must complete with exact counts. Every request has a bounded timeout. Each test collects all
 * mismatches before failing, so one run lists everything that does not hold yet.
 */
@LocalStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusIT {

    private static final String SCANNED = "registered-nurse-weak-scanned-hannah-boyd.pdf";
    private static final String PROBLEM_TYPES = "https://shortlist.dev/problems/";
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
    /** Longest the streams processor's health may go unanswered (a stop-the-world collection is seconds, not this). */
    private static final Duration MAX_HEALTH_SILENCE = Duration.ofSeconds(15);
    /** How soon a body that stops short of its Content-Length must be cut (the read timeout is 10 s). */
    private static final Duration SHORT_BODY_CUT = Duration.ofSeconds(12);

    private Path repository;
    private StackEndpoints endpoints;
    private Pipeline pipeline;
    private String recruiter;
    private String jobId;
    private List<HostileFile> corpus;
    private Map<String, byte[]> examples;
    private long streamsPid;
    private final List<HealthSample> health = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService healthPoller;
    private Instant pollingSince;

    /** One poll of the streams processor's health: HTTP status (-1: no answer in time) and reported status. */
    record HealthSample(Instant at, int httpStatus, String status) {}

    @BeforeAll
    void start(StackEndpoints endpoints) throws IOException {
        this.endpoints = endpoints;
        repository = Path.of(System.getProperty("shortlist.repo", ".."))
                .toAbsolutePath()
                .normalize();
        pipeline = new Pipeline(repository, StackSettings.fromEnvironment(), endpoints).start();
        // A fresh organization per run: content seen before by the same organization would be a duplicate.
        recruiter = pipeline.token("org-e2e-hostile-" + UUID.randomUUID(), "recruiter");
        jobId = pipeline.postJob(
                recruiter,
                "Backend Engineer",
                Files.readString(repository.resolve("examples/jobs/backend-engineer.txt")));
        corpus = HostileCorpus.generate();
        examples = exampleResumes();
        streamsPid = pipeline.process(App.STREAMS).orElseThrow().pid();
        pollingSince = Instant.now();
        healthPoller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "streams-health-poller");
            thread.setDaemon(true);
            return thread;
        });
        healthPoller.scheduleWithFixedDelay(this::pollHealth, 0, 1, TimeUnit.SECONDS);
    }

    @AfterAll
    void stop() throws Exception {
        if (healthPoller != null) {
            healthPoller.shutdownNow();
        }
        if (pipeline != null) {
            pipeline.close();
            skipWhatTheStreamsProcessorLeftUnprocessed();
        }
    }

    /**
     * Moves the streams processor's consumer groups to the end of everything they read, once the
     * processor is stopped, so that a corpus it could not get through is not what the next test class
     * sharing this stack processes first.
     */
    private void skipWhatTheStreamsProcessorLeftUnprocessed() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()))) {
            for (GroupListing group : admin.listGroups().all().get(30, TimeUnit.SECONDS)) {
                if (!group.groupId().startsWith("shortlist-streams")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
                admin.listOffsets(latest)
                        .all()
                        .get(30, TimeUnit.SECONDS)
                        .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end.offset())));
                // A killed member stays in the group until its session times out; the group must be empty.
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofSeconds(3))
                        .ignoreExceptions()
                        .until(() -> {
                            admin.alterConsumerGroupOffsets(group.groupId(), ends)
                                    .all()
                                    .get(30, TimeUnit.SECONDS);
                            return true;
                        });
            }
        }
    }

    @Test
    @Order(1)
    void everyFileOfOneBatchGetsItsExpectedOutcomeAndTheBatchCompletesWithExactCounts() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        corpus.forEach(f -> files.put(f.name(), f.content()));
        files.putAll(examples);
        assertThat(files).hasSize(corpus.size() + 24);

        HttpResponse<String> response = pipeline.postBatch(recruiter, jobId, files, UPLOAD_TIMEOUT);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode batch = Pipeline.read(response);
        Map<String, String> accepted = new LinkedHashMap<>();
        batch.path("accepted")
                .forEach(a -> accepted.put(
                        a.path("fileName").asText(), a.path("resumeId").asText()));
        Map<String, String> rejected = new LinkedHashMap<>();
        batch.path("rejected")
                .forEach(r -> rejected.put(
                        r.path("fileName").asText(), r.path("reason").asText()));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(batch.path("total").asInt())
                .as("batch total = accepted files")
                .isEqualTo(accepted.size());
        softly.assertThat(accepted.values()).as("accepted resumes").doesNotHaveDuplicates();

        String batchId = batch.path("batchId").asText();
        JsonNode done = awaitCompletion(batchId);
        boolean completed = done != null && done.path("status").asText().startsWith("COMPLETED");
        softly.assertThat(completed)
                .as("batch %s completed within %s; last state %s", batchId, BATCH_TIMEOUT, done)
                .isTrue();

        Map<String, Outcome> observed = observe(accepted, rejected, completed);
        Map<String, Expected> expected = expectations();
        List<String> report = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            Outcome outcome = observed.getOrDefault(entry.getKey(), new Outcome.Unresolved("not in the batch answer"));
            boolean ok = entry.getValue().allows(outcome);
            report.add((ok ? "ok  " : "FAIL") + "  " + entry.getKey() + "  expected " + entry.getValue() + "  got "
                    + outcome);
            softly.assertThat(ok)
                    .as("%s: expected %s, got %s", entry.getKey(), entry.getValue(), outcome)
                    .isTrue();
        }
        Set<String> reported = new java.util.TreeSet<>(accepted.keySet());
        reported.addAll(rejected.keySet());
        reported.removeAll(expected.keySet());
        softly.assertThat(reported)
                .as("names the batch reports that no expectation covers")
                .isEmpty();
        writeReport(report);

        long examplesScored = examples.keySet().stream()
                .filter(name -> !name.equals(SCANNED))
                .filter(name -> observed.get(name) instanceof Outcome.Scored)
                .count();
        softly.assertThat(examplesScored).as("parseable example resumes scored").isEqualTo(23);

        if (completed) {
            long scored = accepted.keySet().stream()
                    .filter(n -> observed.get(n) instanceof Outcome.Scored)
                    .count();
            long failed = accepted.keySet().stream()
                    .filter(n -> observed.get(n) instanceof Outcome.Failed)
                    .count();
            softly.assertThat(done.path("processed").asInt()).as("processed").isEqualTo(accepted.size());
            softly.assertThat(
                            done.path("succeeded").asInt() + done.path("failed").asInt())
                    .as("succeeded + failed = accepted")
                    .isEqualTo(accepted.size());
            softly.assertThat(done.path("succeeded").asInt())
                    .as("succeeded = scored resumes")
                    .isEqualTo(scored);
            softly.assertThat(done.path("failed").asInt())
                    .as("failed = failed resumes")
                    .isEqualTo(failed);
        }
        assertStreamsProcessorStayedUp(softly);
        softly.assertAll();
    }

    @Test
    @Order(2)
    void aFileRefusedInTheBatchIsRefusedAloneWithItsProblemDetails() {
        SoftAssertions softly = new SoftAssertions();
        for (Kind kind : Kind.values()) {
            Expected expected = kind.expected();
            if (!expected.rejectedOnly() || !Expected.UPLOAD_STATUS.keySet().containsAll(expected.rejections())) {
                continue; // archive-only reasons, or files that may also be accepted
            }
            HostileFile file =
                    corpus.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
            HttpResponse<String> response =
                    pipeline.postResume(recruiter, jobId, file.name(), file.content(), UPLOAD_TIMEOUT);
            Set<Integer> statuses = new java.util.TreeSet<>();
            expected.rejections().forEach(r -> statuses.addAll(Expected.UPLOAD_STATUS.get(r)));
            softly.assertThat(response.statusCode())
                    .as("%s (%s): status, body %s", file.name(), kind, response.body())
                    .isIn(statuses);
            softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as("%s: content type", file.name())
                    .startsWith("application/problem+json");
            JsonNode problem = readOrEmpty(response.body());
            String reason = problem.path("reason").asText();
            softly.assertThat(reason).as("%s: reason", file.name()).isIn(expected.rejections());
            softly.assertThat(problem.path("type").asText())
                    .as("%s: problem type", file.name())
                    .isEqualTo(PROBLEM_TYPES + reason.toLowerCase(Locale.ROOT).replace('_', '-'));
            softly.assertThat(problem.path("detail").asText())
                    .as("%s: detail", file.name())
                    .isNotBlank();
        }
        softly.assertAll();
    }

    @Test
    @Order(3)
    void requestsNoBatchCarriesAreRefusedWithProblemDetailsAndNoneOutlivesItsLimit() {
        SoftAssertions softly = new SoftAssertions();
        int port = App.INGEST.port();
        String path = "/api/v1/resumes?jobIds=" + jobId;

        // 100 MB: refused as too large, without the service reading it all into memory first.
        String boundary = "hostile-" + UUID.randomUUID();
        byte[] open = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] close = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long size = 100L << 20;
        InputStream body = new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(open), RawHttp.filler(size), new ByteArrayInputStream(close))));
        RawHttp.Answer huge = RawHttp.exchange(
                port,
                head(path, "multipart/form-data; boundary=" + boundary, open.length + size + close.length),
                body,
                Duration.ofSeconds(60));
        softly.assertThat(huge.status())
                .as("100 MB upload: status, body %s", huge.body())
                .isEqualTo(413);
        softly.assertThat(huge.contentType()).as("100 MB upload: content type").startsWith("application/problem+json");
        softly.assertThat(readOrEmpty(huge.body()).path("type").asText())
                .as("100 MB upload: problem type")
                .startsWith(PROBLEM_TYPES);

        // Malformed multipart: each a 400 problem, never a 500 or an empty answer.
        Map<String, String[]> malformed = new LinkedHashMap<>();
        malformed.put(
                "wrong boundary", new String[] {"multipart/form-data; boundary=expected", part("other", "cv.txt")});
        malformed.put("no boundary parameter", new String[] {"multipart/form-data", part("b", "cv.txt")});
        malformed.put("no closing boundary", new String[] {
            "multipart/form-data; boundary=b", part("b", "cv.txt").replace("\r\n--b--\r\n", "")
        });
        malformed.put(
                "NUL in the file name", new String[] {"multipart/form-data; boundary=b", part("b", "cv\u0000.pdf")});
        malformed.put(
                "control character in the file name",
                new String[] {"multipart/form-data; boundary=b", part("b", "cv\u0007\u001b[2J.pdf")});
        malformed.put("garbage body", new String[] {"multipart/form-data; boundary=b", "\u0001\u0002 not multipart"});
        for (var request : malformed.entrySet()) {
            byte[] bytes = request.getValue()[1].getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer answer = RawHttp.exchange(
                    port,
                    head(path, request.getValue()[0], bytes.length),
                    new ByteArrayInputStream(bytes),
                    Duration.ofSeconds(30));
            softly.assertThat(answer.timedOut())
                    .as("%s: no answer within 30 s", request.getKey())
                    .isFalse();
            softly.assertThat(answer.status())
                    .as("%s: status, body %s", request.getKey(), answer.body())
                    .isEqualTo(400);
            softly.assertThat(answer.contentType())
                    .as("%s: content type", request.getKey())
                    .startsWith("application/problem+json");
        }

        // A body that stops short of its Content-Length: cut by the read timeout, not held open.
        byte[] partial = part("b", "cv.txt").substring(0, 120).getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer stalled = RawHttp.exchange(
                port,
                head(path, "multipart/form-data; boundary=b", 1_000_000),
                RawHttp.stalling(partial, Duration.ofSeconds(40)),
                Duration.ofSeconds(30));
        softly.assertThat(stalled.timedOut())
                .as("short body: neither answered nor cut within 30 s")
                .isFalse();
        softly.assertThat(stalled.elapsed())
                .as("short body: time from the last byte to the cut (answer %d %s)", stalled.status(), stalled.body())
                .isLessThanOrEqualTo(SHORT_BODY_CUT);
        if (stalled.status() != -1) {
            softly.assertThat(stalled.status()).as("short body: status").isBetween(400, 499);
        }

        softly.assertThat(pipeline.get(App.INGEST, null, "/actuator/health", QUERY_TIMEOUT)
                        .statusCode())
                .as("ingest-api health after the raw requests")
                .isEqualTo(200);
        softly.assertAll();
    }

    @Test
    @Order(4)
    void theStreamsProcessorNeverReportedDownNorRestartedDuringTheRun() {
        SoftAssertions softly = new SoftAssertions();
        assertStreamsProcessorStayedUp(softly);
        softly.assertAll();
    }

    // ---- expectations and observations --------------------------------------------------------

    private Map<String, Expected> expectations() {
        Map<String, Expected> expected = new LinkedHashMap<>();
        corpus.forEach(f -> expected.putAll(f.outcomes()));
        examples.keySet()
                .forEach(name ->
                        expected.put(name, name.equals(SCANNED) ? Expected.failed("NO_TEXT") : Expected.scored()));
        return expected;
    }

    /** What query-api reports for each accepted file (after the batch completed, once its projections caught up). */
    private Map<String, Outcome> observe(
            Map<String, String> accepted, Map<String, String> rejected, boolean completed) {
        Map<String, Outcome> observed = new LinkedHashMap<>();
        rejected.forEach((name, reason) -> observed.put(name, new Outcome.Rejected(reason)));
        Map<String, Outcome> resolved = new LinkedHashMap<>();
        accepted.forEach((name, resumeId) -> resolved.put(name, observeResume(resumeId)));
        if (completed) {
            try {
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(() -> {
                            resolved.replaceAll((name, outcome) -> outcome instanceof Outcome.Unresolved
                                    ? observeResume(accepted.get(name))
                                    : outcome);
                            return resolved.values().stream().noneMatch(o -> o instanceof Outcome.Unresolved);
                        });
            } catch (ConditionTimeoutException e) {
                // Left unresolved: reported per file below.
            }
        }
        observed.putAll(resolved);
        return observed;
    }

    private Outcome observeResume(String resumeId) {
        HttpResponse<String> resume;
        try {
            resume = pipeline.get(App.QUERY, recruiter, "/api/v1/resumes/" + resumeId, QUERY_TIMEOUT);
        } catch (UncheckedIOException e) {
            return new Outcome.Unresolved("query-api did not answer: " + e.getMessage());
        }
        if (resume.statusCode() != 200) {
            return new Outcome.Unresolved("resume " + resume.statusCode());
        }
        JsonNode profile = Pipeline.read(resume);
        String status = profile.path("status").asText();
        if (status.equals("PARSE_FAILED")) {
            return new Outcome.Failed(profile.path("failureReason").asText());
        }
        if (!status.equals("PARSED")) {
            return new Outcome.Unresolved(status);
        }
        HttpResponse<String> screening =
                pipeline.get(App.QUERY, recruiter, "/api/v1/jobs/" + jobId + "/screenings/" + resumeId, QUERY_TIMEOUT);
        String screeningStatus = screening.statusCode() == 200
                ? Pipeline.read(screening).path("status").asText()
                : "HTTP " + screening.statusCode();
        return screeningStatus.equals("SCORED")
                ? new Outcome.Scored(resume.body())
                : new Outcome.Unresolved("PARSED, screening " + screeningStatus);
    }

    private JsonNode awaitCompletion(String batchId) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            await().atMost(BATCH_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> {
                HttpResponse<String> response;
                try {
                    response = pipeline.get(App.QUERY, recruiter, "/api/v1/batches/" + batchId, QUERY_TIMEOUT);
                } catch (UncheckedIOException e) {
                    return false;
                }
                if (response.statusCode() == 200) {
                    last.set(Pipeline.read(response));
                }
                return last.get() != null && last.get().path("status").asText().startsWith("COMPLETED");
            });
        } catch (ConditionTimeoutException e) {
            // Reported by the caller with the last state seen.
        }
        return last.get();
    }

    // ---- the streams processor's health ---------------------------------------------------------

    private void pollHealth() {
        try {
            HttpResponse<String> response = pipeline.get(App.STREAMS, null, "/actuator/health", HEALTH_TIMEOUT);
            health.add(new HealthSample(
                    Instant.now(),
                    response.statusCode(),
                    readOrEmpty(response.body()).path("status").asText("?")));
        } catch (RuntimeException e) {
            health.add(new HealthSample(Instant.now(), -1, e.getClass().getSimpleName()));
        }
    }

    private void assertStreamsProcessorStayedUp(SoftAssertions softly) {
        List<HealthSample> samples = List.copyOf(health);
        softly.assertThat(samples).as("health samples").isNotEmpty();
        softly.assertThat(samples.stream()
                        .filter(s -> s.httpStatus() == 503 || s.status().equals("DOWN")))
                .as("streams processor health reported DOWN")
                .isEmpty();
        Duration longest = Duration.ZERO;
        Instant previous = pollingSince;
        for (HealthSample sample : samples) {
            if (sample.httpStatus() == 200) {
                Duration gap = Duration.between(previous, sample.at());
                longest = gap.compareTo(longest) > 0 ? gap : longest;
                previous = sample.at();
            }
        }
        Duration toNow = Duration.between(previous, Instant.now());
        longest = toNow.compareTo(longest) > 0 ? toNow : longest;
        softly.assertThat(longest)
                .as(
                        "longest time without an UP answer from the streams processor (%d samples, %d unanswered)",
                        samples.size(),
                        samples.stream().filter(s -> s.httpStatus() != 200).count())
                .isLessThanOrEqualTo(MAX_HEALTH_SILENCE);
        softly.assertThat(
                        ProcessHandle.of(streamsPid).map(ProcessHandle::isAlive).orElse(false))
                .as("streams processor process %d still alive", streamsPid)
                .isTrue();
        softly.assertThat(pipeline.process(App.STREAMS).map(ProcessHandle::pid).orElse(-1L))
                .as("streams processor pid")
                .isEqualTo(streamsPid);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String head(String path, String contentType, long contentLength) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + recruiter
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength
                + "\r\nConnection: close\r\n\r\n";
    }

    private static String part(String boundary, String fileName) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\nJordan Example, backend engineer, Java and Kafka.\r\n--"
                + boundary + "--\r\n";
    }

    private static JsonNode readOrEmpty(String body) {
        try {
            return Pipeline.JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return Pipeline.JSON.createObjectNode();
        }
    }

    /** One line per expected outcome, for the reader of a failed run (target/, never committed). */
    private void writeReport(List<String> lines) {
        try {
            Path target = repository.resolve("e2e/target");
            Files.createDirectories(target);
            Files.write(target.resolve("hostile-corpus-outcomes.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> exampleResumes() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(repository.resolve("examples/resumes"))) {
            for (Path file : list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
