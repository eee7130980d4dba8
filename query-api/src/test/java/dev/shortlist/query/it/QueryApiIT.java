package dev.shortlist.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shortlist.query.Events;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP API over real projections, with real tokens: content, isolation between organizations, auth. */
class QueryApiIT extends StackSupport {

    // Shared by the tests of this class: organization A's data is published once.
    static final String orgA = unique("orgA");
    static final String orgB = unique("orgB");
    static final String job = unique("JOB");
    static final String batch = unique("BATCH");
    static final String strong = unique("RES");
    static final String weak = unique("RES");
    static final String tokenA = token(orgA, "viewer");
    static final String tokenB = token(orgB, "admin");
    private static boolean published;

    @BeforeEach
    void organizationAHasAJobABatchAndTwoScreenedCandidates() {
        if (published) {
            return;
        }
        published = true;
        publish(TopicCatalog.JOBS, job, Events.jobPosted(orgA, job, "Senior Java Engineer", List.of("Java", "Kafka")));
        publish(TopicCatalog.BATCHES, batch, Events.batchCreated(orgA, batch, job, List.of(strong, weak)));
        for (String resume : List.of(strong, weak)) {
            publish(TopicCatalog.RESUMES, resume, Events.uploaded(orgA, resume, batch, job));
        }
        publish(
                TopicCatalog.RESUMES_PARSED,
                strong,
                Events.parsed(orgA, strong, "Grace Hopper", List.of("Java", "Kafka"), Events.embedding(5, 0.1f)));
        publish(
                TopicCatalog.RESUMES_PARSED,
                weak,
                Events.parsed(orgA, weak, "Linus Weak", List.of("PHP"), Events.embedding(9, 0.1f)));
        publish(
                TopicCatalog.SCREENINGS_SCORED,
                job + ":" + strong,
                Events.scored(orgA, job, strong, batch, 88, "scorer-1", List.of("Java", "Kafka"), List.of()));
        publish(
                TopicCatalog.SCREENINGS_SCORED,
                job + ":" + weak,
                Events.scored(orgA, job, weak, batch, 31, "scorer-1", List.of(), List.of("Java", "Kafka")));
        publish(TopicCatalog.BATCHES_PROGRESS, batch, Events.progress(orgA, batch, job, 2, 2, 0));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(get("/api/v1/batches/" + batch, tokenA)
                            .body()
                            .path("status")
                            .asText())
                    .isEqualTo("COMPLETED");
            assertThat(get("/api/v1/jobs/" + job + "/ranking", tokenA)
                            .body()
                            .path("total")
                            .asLong())
                    .isEqualTo(2);
            assertThat(get("/api/v1/resumes/" + weak, tokenA).status()).isEqualTo(200);
        });
    }

    @Test
    void theRankingIsSortedByScoreAndFiltered() {
        Response ranking = get("/api/v1/jobs/" + job + "/ranking", tokenA);
        assertThat(ranking.body().path("items").path(0).path("resumeId").asText())
                .isEqualTo(strong);
        assertThat(ranking.body().path("items").path(0).path("rank").asInt()).isEqualTo(1);
        assertThat(ranking.body().path("items").path(1).path("resumeId").asText())
                .isEqualTo(weak);

        assertThat(get("/api/v1/jobs/" + job + "/ranking?minScore=50", tokenA)
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(get("/api/v1/jobs/" + job + "/ranking?band=WEAK", tokenA)
                        .body()
                        .path("items")
                        .path(0)
                        .path("resumeId")
                        .asText())
                .isEqualTo(weak);
        assertThat(get("/api/v1/jobs/" + job + "/ranking?skills=kafka", tokenA)
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(get("/api/v1/jobs/" + job + "/ranking?q=services", tokenA)
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(get("/api/v1/jobs/" + job + "/shortlist?n=1", tokenA).body().size())
                .isEqualTo(1);
        assertThat(get("/api/v1/jobs/" + job + "/ranking?page=1&size=1", tokenA)
                        .body()
                        .path("items")
                        .path(0)
                        .path("rank")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void explanationsHistoryMatchesSearchAndAnalyticsAnswer() {
        Response explanation = get("/api/v1/jobs/" + job + "/screenings/" + strong, tokenA);
        assertThat(explanation
                        .body()
                        .path("matched")
                        .path(0)
                        .path("evidence")
                        .path(0)
                        .path("text")
                        .asText())
                .contains("Java");
        assertThat(get("/api/v1/jobs/" + job + "/screenings/" + strong + "/history", tokenA)
                        .body()
                        .path(0)
                        .path("scorerVersion")
                        .asText())
                .isEqualTo("scorer-1");
        assertThat(get("/api/v1/resumes/" + strong + "/matches", tokenA)
                        .body()
                        .path("items")
                        .path(0)
                        .path("jobTitle")
                        .asText())
                .isEqualTo("Senior Java Engineer");
        assertThat(get("/api/v1/resumes/" + strong + "/history", tokenA)
                        .body()
                        .path("items")
                        .toString())
                .contains("ResumeUploaded", "ResumeParsed", "ScreeningScored");
        assertThat(get("/api/v1/candidates?skills=java", tokenA)
                        .body()
                        .path("items")
                        .path(0)
                        .path("resumeId")
                        .asText())
                .isEqualTo(strong);
        assertThat(get("/api/v1/candidates?q=php", tokenA)
                        .body()
                        .path("items")
                        .path(0)
                        .path("resumeId")
                        .asText())
                .isEqualTo(weak);
        Response similar = get("/api/v1/jobs/" + job + "/similar-candidates?size=2", tokenA);
        assertThat(similar.body().path("basis").asText()).isEqualTo("TOP_SCORED_CENTROID");
        assertThat(similar.body().path("candidates").path(0).path("resumeId").asText())
                .isEqualTo(strong);
        Response analytics = get("/api/v1/jobs/" + job + "/analytics", tokenA);
        assertThat(analytics.body().path("screened").asLong()).isEqualTo(2);
        assertThat(analytics.body().path("bands").path("STRONG").asLong()).isEqualTo(1);
        assertThat(analytics.body().path("mostMissingSkills").toString()).contains("\"kafka\"");
        assertThat(analytics.body().path("batches").path("finished").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(get("/api/v1/analytics", tokenA)
                        .body()
                        .path("jobsByStatus")
                        .path("OPEN")
                        .asLong())
                .isEqualTo(1);
        assertThat(get("/api/v1/jobs?q=java", tokenA)
                        .body()
                        .path("items")
                        .path(0)
                        .path("jobId")
                        .asText())
                .isEqualTo(job);
    }

    @Test
    void anotherOrganizationGetsNotFoundForEveryResourceOfThisOne() {
        List<String> byId = List.of(
                "/api/v1/jobs/" + job,
                "/api/v1/jobs/" + job + "/ranking",
                "/api/v1/jobs/" + job + "/shortlist",
                "/api/v1/jobs/" + job + "/screenings/" + strong,
                "/api/v1/jobs/" + job + "/screenings/" + strong + "/history",
                "/api/v1/jobs/" + job + "/similar-candidates",
                "/api/v1/jobs/" + job + "/analytics",
                "/api/v1/resumes/" + strong,
                "/api/v1/resumes/" + strong + "/history",
                "/api/v1/resumes/" + strong + "/matches",
                "/api/v1/batches/" + batch,
                "/api/v1/batches/" + batch + "/progress");
        for (String path : byId) {
            assertThat(get(path, tokenA).status()).as("own org: " + path).isEqualTo(200);
            Response foreign = get(path, tokenB);
            Response missing = get(
                    path.replace(job, "JOB_MISSING")
                            .replace(strong, "RES_MISSING")
                            .replace(batch, "BATCH_MISSING"),
                    tokenB);
            assertThat(foreign.status()).as("other org: " + path).isEqualTo(404);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            assertThat(foreign.body().path("title")).isEqualTo(missing.body().path("title"));
        }
        for (String list : List.of(
                "/api/v1/jobs", "/api/v1/jobs?q=java", "/api/v1/candidates", "/api/v1/candidates?skills=java")) {
            Response response = get(list, tokenB);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().path("total").asLong()).as(list).isZero();
        }
        Response analytics = get("/api/v1/analytics", tokenB);
        assertThat(analytics.body().path("screened").asLong()).isZero();
        assertThat(analytics.body().path("batches").path("batches").asLong()).isZero();
    }

    @Test
    void tokensAreRequiredAndChecked() {
        String path = "/api/v1/jobs/" + job;
        assertThat(get(path, null).status()).isEqualTo(401);
        assertThat(get(path, null).contentType()).startsWith("application/problem+json");
        assertThat(get(
                                path,
                                ISSUER.token(
                                        Map.of(
                                                "sub",
                                                "x",
                                                DevTokenIssuer.ORGANIZATION_CLAIM,
                                                orgA,
                                                DevTokenIssuer.ROLES_CLAIM,
                                                List.of("viewer")),
                                        Duration.ofMinutes(5),
                                        "https://evil.example",
                                        DevTokenIssuer.DEFAULT_AUDIENCE))
                        .status())
                .isEqualTo(401);
        assertThat(get(
                                path,
                                ISSUER.token(
                                        Map.of(
                                                "sub",
                                                "x",
                                                DevTokenIssuer.ORGANIZATION_CLAIM,
                                                orgA,
                                                DevTokenIssuer.ROLES_CLAIM,
                                                List.of("viewer")),
                                        Duration.ofMinutes(5),
                                        DevTokenIssuer.DEFAULT_ISSUER,
                                        "another-api"))
                        .status())
                .isEqualTo(401);
        assertThat(get(
                                path,
                                ISSUER.token(
                                        Map.of("sub", "x", DevTokenIssuer.ROLES_CLAIM, List.of("viewer")),
                                        Duration.ofMinutes(5),
                                        DevTokenIssuer.DEFAULT_ISSUER,
                                        DevTokenIssuer.DEFAULT_AUDIENCE))
                        .status())
                .isEqualTo(401);
        assertThat(get(
                                path,
                                ISSUER.token(
                                        Map.of(
                                                "sub",
                                                "x",
                                                DevTokenIssuer.ORGANIZATION_CLAIM,
                                                orgA,
                                                DevTokenIssuer.ROLES_CLAIM,
                                                List.of("viewer")),
                                        Duration.ofSeconds(-60),
                                        DevTokenIssuer.DEFAULT_ISSUER,
                                        DevTokenIssuer.DEFAULT_AUDIENCE))
                        .status())
                .isEqualTo(401);
        assertThat(get(path, token(orgA, "guest")).status()).isEqualTo(403);
        assertThat(get(path, token(orgA, "recruiter")).status()).isEqualTo(200);
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).body().path("paths").has("/api/v1/jobs/{jobId}/ranking"))
                .isTrue();
    }

    @Test
    void badParametersAreProblemDetails() {
        Response response = get("/api/v1/jobs/" + job + "/ranking?minScore=250", tokenA);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("type").asText()).isEqualTo("https://shortlist.dev/problems/invalid-parameter");
        assertThat(get("/api/v1/jobs/" + job + "/ranking?size=5000", tokenA).status())
                .isEqualTo(400);
        assertThat(get("/api/v1/jobs/" + job + "/ranking?minScore=abc", tokenA)
                        .body()
                        .path("parameter")
                        .asText())
                .isEqualTo("minScore");
    }

    @Test
    void progressStreamsStartWithASnapshotAndEndWhenTheBatchCompletes() throws Exception {
        String liveBatch = unique("BATCH");
        publish(TopicCatalog.BATCHES, liveBatch, Events.batchCreated(orgA, liveBatch, job, List.of("R1", "R2", "R3")));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                get("/api/v1/batches/" + liveBatch, tokenA).status())
                        .isEqualTo(200));

        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/batches/" + liveBatch + "/progress"))
                .header("Authorization", "Bearer " + tokenA)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        synchronized (events) {
                            events.add(line.substring(5));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            synchronized (events) {
                return events.size() >= 1;
            }
        });
        publish(TopicCatalog.BATCHES_PROGRESS, liveBatch, Events.progress(orgA, liveBatch, job, 3, 1, 0));
        publish(TopicCatalog.BATCHES_PROGRESS, liveBatch, Events.progress(orgA, liveBatch, job, 3, 3, 1));

        // The stream ends by itself once the final state was sent.
        reading.get(60, TimeUnit.SECONDS);
        assertThat(events.get(0)).contains("\"status\":\"PENDING\"");
        assertThat(events.get(events.size() - 1))
                .contains("\"status\":\"COMPLETED_WITH_FAILURES\"", "\"processed\":3", "\"finished\":true");
    }
}
