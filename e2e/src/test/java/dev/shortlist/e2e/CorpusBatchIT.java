package dev.shortlist.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.cli.AppServices.App;
import dev.shortlist.stack.junit.LocalStackTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline at corpus size: 100 real resume PDFs from the evaluation corpus screened as one
 * batch, then a streams-processor restart mid-batch. Needs {@code ../shared/data}; without it each
 * test is reported skipped with the reason (the main job on {@code examples/} is {@link MainJobIT}).
 */
@LocalStackTest
@ExtendWith(RequiresSharedData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusBatchIT {

    private static final String ORG = "org-e2e";
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);

    private Pipeline pipeline;
    private String recruiter;
    private String jobId;
    private JsonNode batch;

    @BeforeAll
    void startServices(StackEndpoints endpoints) throws Exception {
        if (!SharedData.present()) {
            // Each test then reports itself skipped, with the reason (RequiresSharedData).
            return;
        }
        Path repository = Path.of(System.getProperty("shortlist.repo", ".."))
                .toAbsolutePath()
                .normalize();
        pipeline = new Pipeline(repository, StackSettings.fromEnvironment(), endpoints).start();
        recruiter = pipeline.token(ORG, "recruiter");
        String description = Files.readString(repository.resolve("examples/jobs/accountant.txt"));
        jobId = pipeline.postJob(recruiter, "Staff Accountant", description);
    }

    @AfterAll
    void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void aBatchOfHundredRealResumesCompletesWithExactCounts() {
        // 24 categories x 4 files plus the first 4 of a second pass = 100 files.
        List<Path> files = new ArrayList<>(SharedData.pdfs(5).subList(0, 100));
        batch = pipeline.uploadBatch(recruiter, jobId, files);
        assertThat(batch.path("total").asInt()).isEqualTo(100);
        assertThat(batch.path("rejected")).isEmpty();

        JsonNode done = awaitCompleted(batch.path("batchId").asText());
        assertThat(done.path("total").asInt()).isEqualTo(100);
        assertThat(done.path("processed").asInt()).isEqualTo(100);
        assertThat(done.path("succeeded").asInt() + done.path("failed").asInt()).isEqualTo(100);
        // The real corpus parses almost entirely (one known image-only PDF in the whole set).
        assertThat(done.path("succeeded").asInt()).isGreaterThanOrEqualTo(97);
    }

    @Test
    @Order(2)
    void theRankingIsOrderedAndEveryScoredResumeIsInIt() {
        JsonNode progress = pipeline.queryJson(
                recruiter, "/api/v1/batches/" + batch.path("batchId").asText());
        int succeeded = progress.path("succeeded").asInt();
        AtomicReference<JsonNode> ranking = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ranking.set(pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/ranking?size=100"));
                    assertThat(ranking.get().path("total").asInt()).isEqualTo(succeeded);
                });
        List<Double> scores = new ArrayList<>();
        ranking.get()
                .path("items")
                .forEach(item -> scores.add(item.path("score").asDouble()));
        assertThat(scores).hasSize(succeeded).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(scores).allSatisfy(score -> assertThat(score).isBetween(0.0, 100.0));
        // The accountants of the batch should rise to the top for an accountant job.
        List<String> top10 = new ArrayList<>();
        ranking.get().path("items").forEach(item -> {
            if (top10.size() < 10) {
                top10.add(item.path("resumeId").asText());
            }
        });
        List<String> accountants = new ArrayList<>();
        batch.path("accepted").forEach(a -> {
            if (a.path("fileName").asText().matches("\\d+\\.pdf")
                    && isAccountant(a.path("fileName").asText())) {
                accountants.add(a.path("resumeId").asText());
            }
        });
        assertThat(top10).as("accountant resumes in the top 10").containsAnyElementsOf(accountants);
    }

    @Test
    @Order(3)
    void theTopCandidateHasAnExplanationAndAHistory() {
        JsonNode top = pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/shortlist?n=1")
                .get(0);
        String resumeId = top.path("resumeId").asText();

        JsonNode explanation = pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/screenings/" + resumeId);
        assertThat(explanation.path("subScores")).isNotEmpty();
        assertThat(explanation.path("matched")).isNotEmpty();
        assertThat(explanation.path("scorerVersion").asText()).isNotBlank();

        JsonNode history = pipeline.queryJson(recruiter, "/api/v1/resumes/" + resumeId + "/history");
        assertThat(history.toString()).contains("ResumeUploaded").contains("ScreeningScored");
    }

    @Test
    @Order(3)
    void similarCandidatesAreFoundByTheEmbeddingsStoredAtParseTime() {
        JsonNode similar = pipeline.queryJson(recruiter, "/api/v1/jobs/" + jobId + "/similar-candidates?size=10");

        assertThat(similar.path("basis").asText()).isEqualTo("TOP_SCORED_CENTROID");
        assertThat(similar.path("seedResumeIds")).isNotEmpty();
        assertThat(similar.path("candidates")).hasSize(10);
        List<String> found = new ArrayList<>();
        similar.path("candidates").forEach(c -> found.add(c.path("resumeId").asText()));
        List<String> accountants = new ArrayList<>();
        batch.path("accepted").forEach(a -> {
            if (isAccountant(a.path("fileName").asText())) {
                accountants.add(a.path("resumeId").asText());
            }
        });
        assertThat(found)
                .as("accountants among the resumes nearest the top-scored ones")
                .containsAnyElementsOf(accountants);
    }

    @Test
    @Order(5)
    void aRestartOfTheStreamsProcessorMidBatchStillEndsWithExactCounts() {
        // Files the first batch did not contain: a re-upload would be answered as a duplicate.
        List<Path> firstBatch = SharedData.pdfs(5).subList(0, 100);
        List<Path> files = SharedData.pdfs(10).stream()
                .filter(p -> !firstBatch.contains(p))
                .limit(40)
                .toList();
        JsonNode second = pipeline.uploadBatch(recruiter, jobId, files);
        String batchId = second.path("batchId").asText();
        int total = second.path("total").asInt();

        await().atMost(BATCH_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = pipeline.query(recruiter, "/api/v1/batches/" + batchId);
            return response.statusCode() == 200
                    && Pipeline.read(response).path("processed").asInt() > 0;
        });
        pipeline.stop(App.STREAMS);
        pipeline.restart(App.STREAMS);

        JsonNode done = awaitCompleted(batchId);
        assertThat(done.path("processed").asInt()).isEqualTo(total);
        assertThat(done.path("succeeded").asInt() + done.path("failed").asInt()).isEqualTo(total);
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

    private static boolean isAccountant(String fileName) {
        return Files.exists(SharedData.resumes().resolve("ACCOUNTANT").resolve(fileName));
    }
}
