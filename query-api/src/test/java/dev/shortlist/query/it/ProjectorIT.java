package dev.shortlist.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.shortlist.query.Events;
import dev.shortlist.query.QueryApplication;
import dev.shortlist.query.projection.DeadLetters;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.projection.ProjectionIndices;
import dev.shortlist.query.projection.Projector;
import dev.shortlist.query.projection.RebuildCommand;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projector against the real stack: idempotence, replay, dead letters, outages, erasure. */
class ProjectorIT extends StackSupport {

    @Autowired
    Projector projector;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    ProjectionIndices indices;

    @Test
    void redeliveredAndOutOfOrderEventsLeaveTheNewestVersion() throws Exception {
        String org = unique("org"), job = unique("JOB"), resume = unique("RES");
        var first = Events.scored(org, job, resume, null, 40, "scorer-1", List.of("Java"), List.of("Kafka"));
        var second = Events.scored(org, job, resume, null, 90, "scorer-2", List.of("Java", "Kafka"), List.of());
        String topic = TopicCatalog.SCREENINGS_SCORED;

        // The newer event (offset 20) arrives first, then the older one (offset 10), then the newer again.
        projector.project(List.of(new ConsumerRecord<>(topic, 0, 20, job + ":" + resume, second)));
        projector.project(List.of(new ConsumerRecord<>(topic, 0, 10, job + ":" + resume, first)));
        projector.project(List.of(new ConsumerRecord<>(topic, 0, 20, job + ":" + resume, second)));

        var stored = elasticsearch.get(
                g -> g.index(Projection.SCREENINGS.alias()).id(job + ":" + resume), ScreeningDocument.class);
        assertThat(stored.version()).isEqualTo(21);
        assertThat(stored.source().result().score()).isEqualTo(90.0);
        assertThat(stored.source().versions().scorerVersion()).isEqualTo("scorer-2");
        // Both scorings stay in the score history, once each despite the redelivery.
        var history = elasticsearch.count(c -> c.index(Projection.SCREENING_HISTORY.alias())
                .query(q -> q.term(t -> t.field("screeningId").value(job + ":" + resume))));
        assertThat(history.count()).isEqualTo(2);
    }

    @Test
    void eventsPublishedToKafkaBecomeQueryableAndErasureRemovesTheCandidate() {
        String org = unique("org"), job = unique("JOB"), resume = unique("RES");
        String token = token(org, "viewer");
        publish(TopicCatalog.JOBS, job, Events.jobPosted(org, job, "Backend Engineer", List.of("Java")));
        publish(TopicCatalog.RESUMES, resume, Events.uploaded(org, resume, null, job));
        publish(
                TopicCatalog.RESUMES_PARSED,
                resume,
                Events.parsed(org, resume, "Ada Lovelace", List.of("Java"), Events.embedding(1, 0.1f)));
        publish(
                TopicCatalog.SCREENINGS_SCORED,
                job + ":" + resume,
                Events.scored(org, job, resume, null, 77, "scorer-1", List.of("Java"), List.of()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/api/v1/resumes/" + resume, token).status()).isEqualTo(200);
            assertThat(get("/api/v1/jobs/" + job + "/ranking", token)
                            .body()
                            .path("total")
                            .asLong())
                    .isEqualTo(1);
        });
        assertThat(get("/api/v1/resumes/" + resume, token)
                        .body()
                        .path("upload")
                        .path("fileName")
                        .asText())
                .isEqualTo(resume + ".pdf");

        publish(TopicCatalog.ERASURES, resume, Events.erased(org, resume));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/api/v1/resumes/" + resume, token).status()).isEqualTo(404);
            assertThat(get("/api/v1/jobs/" + job + "/ranking", token)
                            .body()
                            .path("total")
                            .asLong())
                    .isZero();
            assertThat(get("/api/v1/jobs/" + job + "/screenings/" + resume, token)
                            .status())
                    .isEqualTo(404);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response timeline = get("/api/v1/resumes/" + resume + "/history", token);
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(timeline.body().path("items").toString())
                    .doesNotContain("Ada", resume + ".pdf")
                    .contains("CandidateErased");
        });
        // A replayed old event cannot bring the candidate back: the tombstone carries the highest version.
        publish(TopicCatalog.RESUMES_PARSED, resume, Events.parsed(org, resume, "Ada Lovelace", List.of("Java"), null));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(get("/api/v1/resumes/" + resume, token).status())
                                .isEqualTo(404));
    }

    @Test
    void unreadableAndRefusedEventsAreDeadLetteredWithTheirReasonAndDoNotBlockTheirPartition() {
        String org = unique("org"), poisonKey = unique("JOB"), resume = unique("RES"), job = unique("JOB");
        String token = token(org, "viewer");
        try {
            rawProducer()
                    .send(new ProducerRecord<>(
                            TopicCatalog.JOBS,
                            poisonKey.getBytes(StandardCharsets.UTF_8),
                            "not avro at all".getBytes(StandardCharsets.UTF_8)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // An embedding of the wrong dimension: Elasticsearch refuses the document (dense_vector has 384 dims).
        publish(
                TopicCatalog.RESUMES_PARSED,
                resume,
                Events.parsed(org, resume, "Bob", List.of("Go"), List.of(0.5f, 0.5f, 0.7f)));
        publish(TopicCatalog.JOBS, job, Events.jobPosted(org, job, "Platform Engineer", List.of("Go")));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(get("/api/v1/jobs/" + job, token).status()).isEqualTo(200));
        Map<String, Map<String, String>> deadLetters = deadLetters(List.of(poisonKey, resume));
        assertThat(deadLetters.get(poisonKey))
                .containsEntry(DeadLetters.REASON, "DESERIALIZATION_FAILED")
                .containsEntry(DeadLetters.ORIGINAL_TOPIC, TopicCatalog.JOBS);
        assertThat(deadLetters.get(resume))
                .containsEntry(DeadLetters.REASON, "REJECTED_BY_ELASTICSEARCH")
                .containsEntry(DeadLetters.ORIGINAL_TOPIC, TopicCatalog.RESUMES_PARSED);
        assertThat(deadLetters.get(resume).get(DeadLetters.DETAIL)).contains("embedding");
    }

    @Test
    void whileTheIndexIsClosedTheProjectorRetriesAndLosesNothing() throws Exception {
        String org = unique("org"), job = unique("JOB");
        String token = token(org, "viewer");
        String index = indices.indicesBehind(Projection.JOBS).get(0);
        elasticsearch.indices().close(c -> c.index(index));
        try {
            publish(TopicCatalog.JOBS, job, Events.jobPosted(org, job, "Data Engineer", List.of("Python")));
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(deadLetters(List.of(job))).isEmpty());
        } finally {
            elasticsearch.indices().open(o -> o.index(index));
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/v1/jobs/" + job, token)
                                .body()
                                .path("title")
                                .asText())
                        .isEqualTo("Data Engineer"));
    }

    /**
     * Stops the Elasticsearch process itself (not just an index) while screening outcomes keep
     * arriving, restarts it while more arrive, and checks the projection afterwards: every screening
     * once, with its newest outcome and the version of its newest event, and every scoring in its
     * history. Queries answer 503 while the store is down.
     */
    @Test
    void whenElasticsearchStopsAndRestartsMidStreamNoEventIsLostOrRegressed(LocalStack stack) throws Exception {
        assumeTrue(
                stack.ownedProcesses().containsKey(Component.ELASTICSEARCH),
                "Elasticsearch was already running (not started by this test JVM), so this test may not stop it");
        String org = unique("org"), job = unique("JOB");
        String token = token(org, "viewer");
        publish(TopicCatalog.JOBS, job, Events.jobPosted(org, job, "Site Reliability Engineer", List.of("Linux")));
        Map<String, Double> newestScore = new HashMap<>();
        Map<String, Long> newestOffset = new HashMap<>();
        Map<String, Integer> scorings = new HashMap<>();
        java.util.function.BiConsumer<Integer, Double> score = (resume, value) -> {
            String id = job + ":RES_" + resume;
            var metadata = publish(
                    TopicCatalog.SCREENINGS_SCORED,
                    id,
                    Events.scored(
                            org,
                            job,
                            "RES_" + resume,
                            null,
                            value,
                            value >= 70 ? "scorer-2" : "scorer-1",
                            List.of("Linux"),
                            List.of()));
            newestScore.put("RES_" + resume, value);
            newestOffset.put(id, metadata.offset());
            scorings.merge(id, 1, Integer::sum);
        };
        for (int r = 0; r < 10; r++) {
            score.accept(r, 40.0);
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/v1/jobs/" + job + "/ranking", token)
                                .body()
                                .path("total")
                                .asLong())
                        .isEqualTo(10));

        // Some of these may still be in flight to Elasticsearch when it goes down.
        for (int r = 10; r < 20; r++) {
            score.accept(r, 50.0);
        }
        assertThat(stack.stop(Component.ELASTICSEARCH)).isTrue();
        try {
            for (int r = 0; r < 10; r++) {
                score.accept(r, 70.0);
            }
            for (int r = 20; r < 25; r++) {
                score.accept(r, 55.0);
            }
            Response down = get("/api/v1/jobs/" + job + "/ranking", token);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.contentType()).contains("application/problem+json");
            assertThat(down.body().path("type").asText()).endsWith("/projections-unavailable");
        } finally {
            // Restarted in the background while more outcomes arrive.
            var restart = CompletableFuture.runAsync(() -> stack.start(Set.of(Component.ELASTICSEARCH)));
            for (int r = 10; r < 15; r++) {
                score.accept(r, 85.0);
            }
            for (int r = 25; r < 30; r++) {
                score.accept(r, 45.0);
            }
            restart.get(5, TimeUnit.MINUTES);
        }

        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Response ranking = get("/api/v1/jobs/" + job + "/ranking?size=200", token);
                    assertThat(ranking.status()).isEqualTo(200);
                    assertThat(ranking.body().path("total").asLong()).isEqualTo(30);
                    Map<String, Double> ranked = new HashMap<>();
                    ranking.body()
                            .path("items")
                            .forEach(item -> ranked.put(
                                    item.path("resumeId").asText(),
                                    item.path("score").asDouble()));
                    assertThat(ranked).isEqualTo(newestScore);
                });
        assertThat(deadLetters(new ArrayList<>(newestOffset.keySet()))).isEmpty();
        for (var screening : newestOffset.entrySet()) {
            var stored = elasticsearch.get(
                    g -> g.index(Projection.SCREENINGS.alias()).id(screening.getKey()), ScreeningDocument.class);
            assertThat(stored.version()).as(screening.getKey()).isEqualTo(screening.getValue() + 1);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(elasticsearch
                                    .count(c -> c.index(Projection.SCREENING_HISTORY.alias())
                                            .query(q -> q.term(
                                                    t -> t.field("screeningId").value(screening.getKey()))))
                                    .count())
                            .as("scorings of " + screening.getKey())
                            .isEqualTo(scorings.get(screening.getKey()).longValue()));
        }
    }

    @Test
    void aReplayIntoANewVersionedIndexIsSwappedInBehindTheAlias() throws Exception {
        String org = unique("org"), job = unique("JOB"), resume = unique("RES");
        String token = token(org, "viewer");
        publish(TopicCatalog.JOBS, job, Events.jobPosted(org, job, "Search Engineer", List.of("Elasticsearch")));
        publish(
                TopicCatalog.SCREENINGS_SCORED,
                job + ":" + resume,
                Events.scored(org, job, resume, null, 66, "scorer-1", List.of("Elasticsearch"), List.of()));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/v1/jobs/" + job + "/ranking", token)
                                .body()
                                .path("total")
                                .asLong())
                        .isEqualTo(1));
        int next = indices.currentVersion(Projection.SCREENINGS).orElse(1) + 1;

        // The operator's command: the application started with "rebuild" replays, swaps the aliases and exits.
        int exit = QueryApplication.rebuild(
                RebuildCommand.ARGUMENT,
                "--spring.kafka.bootstrap-servers=" + STACK.bootstrapServers(),
                "--spring.kafka.properties.schema.registry.url=" + STACK.schemaRegistryUrl(),
                "--spring.elasticsearch.uris=" + STACK.elasticsearchUrl());
        assertThat(exit).isZero();

        for (Projection projection : Projection.values()) {
            assertThat(indices.indicesBehind(projection))
                    .as(projection.alias())
                    .containsExactly(projection.index(next));
        }
        assertThat(indices.indicesBehind(Projection.SCREENINGS)).containsExactly(Projection.SCREENINGS.index(next));
        assertThat(indices.indicesBehind(Projection.JOBS)).containsExactly(Projection.JOBS.index(next));
        Response ranking = get("/api/v1/jobs/" + job + "/ranking", token);
        assertThat(ranking.body().path("items").path(0).path("resumeId").asText())
                .isEqualTo(resume);
        assertThat(ranking.body().path("items").path(0).path("score").asDouble())
                .isEqualTo(66.0);
        // The live projector now writes through the alias into the new index.
        String later = unique("RES");
        publish(
                TopicCatalog.SCREENINGS_SCORED,
                job + ":" + later,
                Events.scored(org, job, later, null, 95, "scorer-1", List.of(), List.of()));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/v1/jobs/" + job + "/shortlist?n=1", token)
                                .body()
                                .path(0)
                                .path("resumeId")
                                .asText())
                        .isEqualTo(later));
    }

    /** Dead letters with the given keys, by key, with their headers. */
    private static Map<String, Map<String, String>> deadLetters(List<String> keys) {
        Map<String, Map<String, String>> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        STACK.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "dlq-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TopicCatalog.PROJECTIONS_DLQ));
            long deadline = System.currentTimeMillis() + 5000;
            int emptyPolls = 0;
            while (System.currentTimeMillis() < deadline && emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                for (var record : records) {
                    if (keys.contains(record.key())) {
                        Map<String, String> headers = new HashMap<>();
                        record.headers()
                                .forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                        found.put(record.key(), headers);
                    }
                }
            }
        }
        return found;
    }
}
