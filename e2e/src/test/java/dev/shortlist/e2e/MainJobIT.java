package dev.shortlist.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.junit.LocalStackTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The main job end to end, as {@code ./shortlist screen --job examples/jobs/backend-engineer.txt
 * examples/resumes/} runs it: a real Kafka broker, schema registry and Elasticsearch, the three
 * services from the build's jars, and the repository's 24 example resumes screened as one batch
 * over HTTP. Needs nothing outside the repository.
 */
@LocalStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainJobIT {

    private static final String ORG = "org-e2e-examples";
    private static final String OTHER_ORG = "org-e2e-examples-other";
    private static final String SCANNED = "registered-nurse-weak-scanned-hannah-boyd.pdf";
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);

    private Path repository;
    private Pipeline pipeline;
    private String recruiter;
    private String jobId;
    private JsonNode batch;
    private final Map<String, String> fileNames = new HashMap<>();

    @BeforeAll
    void startServices(StackEndpoints endpoints) throws Exception {
        repository = Path.of(System.getProperty("shortlist.repo", ".."))
                .toAbsolutePath()
                .normalize();
        pipeline = new Pipeline(repository, StackSettings.fromEnvironment(), endpoints).start();
        recruiter = pipeline.token(ORG, "recruiter");
        String description = Files.readString(repository.resolve("examples/jobs/backend-engineer.txt"));
        jobId = pipeline.postJob(recruiter, "Backend Engineer", description);
    }

    @AfterAll
    void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void theExampleBatchCompletesWithTheScannedResumeAsItsOnlyFailure() {
        List<Path> files = exampleResumes();
        assertThat(files).hasSize(24);

        batch = pipeline.uploadBatch(recruiter, jobId, files);
        assertThat(batch.path("total").asInt()).isEqualTo(24);
        assertThat(batch.path("rejected")).isEmpty();
        batch.path("accepted")
                .forEach(a -> fileNames.put(
                        a.path("resumeId").asText(), a.path("fileName").asText()));
        assertThat(fileNames).hasSize(24);

        JsonNode done = awaitCompleted(batch.path("batchId").asText());
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(done.path("processed").asInt()).isEqualTo(24);
        assertThat(done.path("succeeded").asInt()).isEqualTo(23);
        assertThat(done.path("failed").asInt()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theFailedFileIsTheImageOnlyScanAndItsReasonIsNoText() {
        String scanned = resumeId(SCANNED);

        JsonNode screening = pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/screenings/" + scanned);
        assertThat(screening.path("status").asText()).isEqualTo("FAILED");
        assertThat(screening.path("failureReason").asText()).isEqualTo("PARSE_FAILED");
        JsonNode resume = pipeline.queryJson(recruiter, "/api/v1/resumes/" + scanned);
        assertThat(resume.path("status").asText()).isEqualTo("PARSE_FAILED");
        assertThat(resume.path("failureReason").asText()).isEqualTo("NO_TEXT");
        assertThat(resume.path("failureDetail").asText()).isNotBlank();
    }

    @Test
    @Order(3)
    void theBackendEngineersLeadTheRankingAndTheOffTargetResumesAreWeak() {
        List<JsonNode> items = awaitRanking(23);
        List<String> ranked = items.stream()
                .map(i -> fileNames.get(i.path("resumeId").asText()))
                .toList();
        List<Double> scores =
                items.stream().map(i -> i.path("score").asDouble()).toList();

        assertThat(ranked).hasSize(23).doesNotContain(SCANNED).doesNotHaveDuplicates();
        assertThat(scores)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 100.0));
        assertThat(ranked.get(0)).isEqualTo("backend-engineer-strong-priya-raman.pdf");
        assertThat(items.get(0).path("band").asText()).isEqualTo("STRONG");
        // The four backend engineers with real backend experience come before every other resume.
        assertThat(ranked.subList(0, 4))
                .allMatch(name -> name.startsWith("backend-engineer-"))
                .doesNotContain("backend-engineer-weak-sam-whitfield.txt");
        for (JsonNode item : items) {
            String name = fileNames.get(item.path("resumeId").asText());
            if (name.startsWith("off-target-")) {
                assertThat(item.path("band").asText()).as("band of %s", name).isEqualTo("WEAK");
            }
        }
    }

    @Test
    @Order(4)
    void theTopCandidateHasAnExplanationAndAHistory() {
        JsonNode top = pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/shortlist?n=1")
                .get(0);
        String resumeId = top.path("resumeId").asText();
        assertThat(fileNames.get(resumeId)).isEqualTo("backend-engineer-strong-priya-raman.pdf");

        JsonNode explanation = pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/screenings/" + resumeId);
        assertThat(explanation.path("subScores")).isNotEmpty();
        assertThat(explanation.path("matched")).isNotEmpty();
        List<String> matched = new ArrayList<>();
        explanation
                .path("matched")
                .forEach(m -> matched.add(m.path("requirement").asText()));
        assertThat(matched).contains("Java");
        assertThat(explanation.path("scorerVersion").asText()).isNotBlank();

        JsonNode history = pipeline.queryJson(recruiter, "/api/v1/resumes/" + resumeId + "/history");
        assertThat(history.toString()).contains("ResumeUploaded").contains("ScreeningScored");
    }

    @Test
    @Order(5)
    void anotherOrganizationSeesNothingOfIt() {
        String other = pipeline.token(OTHER_ORG, "admin");
        String resumeId = resumeId("backend-engineer-strong-priya-raman.pdf");
        for (String path : List.of(
                "/api/v1/jobs/" + jobId,
                "/api/v1/jobs/" + jobId + "/ranking",
                "/api/v1/jobs/" + jobId + "/similar-candidates",
                "/api/v1/jobs/" + jobId + "/screenings/" + resumeId,
                "/api/v1/batches/" + batch.path("batchId").asText(),
                "/api/v1/resumes/" + resumeId,
                "/api/v1/resumes/" + resumeId + "/history")) {
            assertThat(pipeline.query(other, path).statusCode())
                    .as("GET %s as another organization", path)
                    .isEqualTo(404);
        }
    }

    private List<JsonNode> awaitRanking(int expected) {
        AtomicReference<JsonNode> ranking = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ranking.set(pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/ranking?size=50"));
                    assertThat(ranking.get().path("total").asInt()).isEqualTo(expected);
                });
        List<JsonNode> items = new ArrayList<>();
        ranking.get().path("items").forEach(items::add);
        return items;
    }

    private JsonNode awaitCompleted(String batchId) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(BATCH_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            var response = pipeline.query(recruiter, "/api/v1/batches/" + batchId);
            if (response.statusCode() != 200) {
                return false;
            }
            last.set(Pipeline.read(response));
            return last.get().path("status").asText().startsWith("COMPLETED");
        });
        return last.get();
    }

    private String resumeId(String fileName) {
        return fileNames.entrySet().stream()
                .filter(e -> e.getValue().equals(fileName))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " not in the batch"));
    }

    /** The example resumes as {@code ./shortlist screen examples/resumes/} collects them. */
    private List<Path> exampleResumes() {
        try (Stream<Path> files = Files.list(repository.resolve("examples/resumes"))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
