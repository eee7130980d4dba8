package dev.shortlist.streams.progress;

import static dev.shortlist.streams.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.batch.BatchStatus;
import dev.shortlist.schemas.screening.Band;
import dev.shortlist.schemas.screening.MatchType;
import dev.shortlist.schemas.screening.MatchedRequirement;
import dev.shortlist.schemas.screening.RequirementKind;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.TestEvents;
import dev.shortlist.streams.TopologyTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchProgressTopologyTest {

    @TempDir
    Path stateDir;

    private final TopologyTestSupport support = new TopologyTestSupport();
    private TopologyTestDriver driver;
    private TestInputTopic<String, BatchCreated> batches;
    private TestInputTopic<String, ScreeningResultEvent> outcomes;
    private TestOutputTopic<String, BatchProgress> progress;

    @BeforeEach
    void start() {
        TopicCatalog topics = support.topics();
        StreamsBuilder builder = new StreamsBuilder();
        BatchProgressTopology.build(builder, topics);
        driver = support.driver(builder.build(), stateDir);
        batches = driver.createInputTopic(
                topics.batches().name(),
                topics.batches().keySerde().serializer(),
                topics.batches().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        outcomes = driver.createInputTopic(
                topics.scoredScreenings().name(),
                topics.scoredScreenings().keySerde().serializer(),
                topics.scoredScreenings().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        progress = driver.createOutputTopic(
                topics.batchProgress().name(),
                topics.batchProgress().keySerde().deserializer(),
                topics.batchProgress().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        support.close();
    }

    @Test
    void aBatchGoesFromPendingThroughProcessingToCompletedWithExactCounts() {
        batches.pipeInput("BATCH_1", TestEvents.batch("org-a", "BATCH_1", "JOB_1", List.of("R1", "R2", "R3")), T0);
        KeyValue<String, BatchProgress> created = progress.readKeyValue();
        assertThat(created.key).isEqualTo("BATCH_1");
        assertThat(created.value.getStatus()).isEqualTo(BatchStatus.PENDING);
        assertThat(created.value.getTotal()).isEqualTo(3);
        assertThat(created.value.getMetadata().getOrganizationId()).isEqualTo("org-a");

        outcome("R1", true, 1);
        outcome("R2", true, 2);
        outcome("R3", true, 4);

        List<BatchProgress> updates = progress.readValuesToList();
        assertThat(updates)
                .extracting(BatchProgress::getStatus)
                .containsExactly(BatchStatus.PROCESSING, BatchStatus.PROCESSING, BatchStatus.COMPLETED);
        BatchProgress done = updates.get(2);
        assertThat(done.getProcessed()).isEqualTo(3);
        assertThat(done.getSucceeded()).isEqualTo(3);
        assertThat(done.getFailed()).isZero();
        assertThat(done.getStartedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(done.getCompletedAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(done.getResumesPerSecond()).isEqualTo(0.75);
        assertThat(progress.isEmpty()).isTrue();
        assertThat(linesOf("BATCH_1"))
                .containsOnlyKeys("R1", "R2", "R3")
                .allSatisfy((resumeId, line) ->
                        assertThat(line.outcome().succeeded()).isTrue());
    }

    @Test
    void aFailedScreeningCompletesTheBatchWithFailures() {
        batches.pipeInput("BATCH_1", TestEvents.batch("org-a", "BATCH_1", "JOB_1", List.of("R1", "R2")), T0);
        outcome("R1", true, 1);
        outcome("R2", false, 2);

        BatchProgress last = lastUpdate();
        assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED_WITH_FAILURES);
        assertThat(last.getSucceeded()).isEqualTo(1);
        assertThat(last.getFailed()).isEqualTo(1);
    }

    @Test
    void aDuplicateDeliveryNeitherCountsTwiceNorEmits() {
        batches.pipeInput("BATCH_1", TestEvents.batch("org-a", "BATCH_1", "JOB_1", List.of("R1", "R2")), T0);
        ScreeningResultEvent first = TestEvents.outcome("org-a", "BATCH_1", "JOB_1", "R1", scored());
        outcomes.pipeInput("JOB_1:R1", first, T0.plusSeconds(1));
        progress.readValuesToList();

        outcomes.pipeInput("JOB_1:R1", first, T0.plusSeconds(2));
        outcomes.pipeInput(
                "JOB_1:R1", TestEvents.outcome("org-a", "BATCH_1", "JOB_1", "R1", scored()), T0.plusSeconds(3));
        batches.pipeInput(
                "BATCH_1", TestEvents.batch("org-a", "BATCH_1", "JOB_1", List.of("R1", "R2")), T0.plusSeconds(4));

        assertThat(progress.isEmpty()).isTrue();
        assertThat(tallies().get("BATCH_1").succeeded()).isEqualTo(1);
        assertThat(tallies().get("BATCH_1").failed()).isZero();
    }

    @Test
    void outcomesBeforeTheBatchAreBufferedAndCountWhenItArrives() {
        outcome("R1", true, 1);
        outcome("R2", false, 2);
        assertThat(progress.isEmpty()).isTrue();
        assertThat(linesOf("BATCH_1")).containsOnlyKeys("R1", "R2");

        batches.pipeInput(
                "BATCH_1", TestEvents.batch("org-a", "BATCH_1", "JOB_1", List.of("R1", "R2", "R3")), T0.plusSeconds(3));

        BatchProgress now = progress.readValue();
        assertThat(now.getProcessed()).isEqualTo(2);
        assertThat(now.getSucceeded()).isEqualTo(1);
        assertThat(now.getFailed()).isEqualTo(1);
        assertThat(now.getStatus()).isEqualTo(BatchStatus.PROCESSING);
        assertThat(progress.isEmpty()).isTrue();
    }

    @Test
    void screeningsOutsideAnyBatchAreIgnored() {
        outcomes.pipeInput("JOB_1:R1", TestEvents.outcome("org-a", null, "JOB_1", "R1", scored()), T0);

        assertThat(progress.isEmpty()).isTrue();
        assertThat(tallies().approximateNumEntries()).isZero();
        assertThat(linesOf("BATCH_1")).isEmpty();
    }

    @Test
    void aLargeBatchCountsExactlyAndEachUpdateStoresOnlyTheResumeItConcerns() {
        List<String> resumeIds = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> "R" + i)
                .toList();
        batches.pipeInput("BATCH_1", TestEvents.batch("org-a", "BATCH_1", "JOB_1", resumeIds), T0);
        progress.readValuesToList();

        for (int i = 0; i < resumeIds.size(); i++) {
            outcome(resumeIds.get(i), i % 10 != 0, 1 + i / 100);
        }
        outcome("R7", true, 99); // redelivered: no change

        List<BatchProgress> updates = progress.readValuesToList();
        assertThat(updates).hasSize(2_000);
        BatchProgress done = updates.get(updates.size() - 1);
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED_WITH_FAILURES);
        assertThat(done.getSucceeded()).isEqualTo(1_800);
        assertThat(done.getFailed()).isEqualTo(200);
        assertThat(done.getStartedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(done.getCompletedAt()).isEqualTo(T0.plusSeconds(20));
        // The per-batch value does not grow with the batch (the whole-batch form was ~50 bytes per resume):
        // the resumes are lines of their own.
        assertThat(new BatchTallySerde().write(tallies().get("BATCH_1")).length).isLessThan(100);
        assertThat(linesOf("BATCH_1")).hasSize(2_000);
    }

    @Test
    void theRepartitionedOutcomeCarriesNoExplanationButTheSameVerdict() {
        ScreeningScored scored = ScreeningScored.newBuilder(scored())
                .setMatched(List.of(new MatchedRequirement(
                        "Java", RequirementKind.REQUIRED_SKILL, MatchType.EXACT, "Java", 1.0, List.of())))
                .setSuggestions(List.of("Quantify an achievement"))
                .setModelVersions(Map.of("embedding", "m-1"))
                .build();
        ScreeningResultEvent result = TestEvents.outcome("org-a", "BATCH_1", "JOB_1", "R1", scored);

        ScreeningResultEvent slim = BatchProgressTopology.withoutExplanations(result);

        ScreeningScored slimScored = (ScreeningScored) slim.getPayload();
        assertThat(slimScored.getMatched()).isEmpty();
        assertThat(slimScored.getSuggestions()).isEmpty();
        assertThat(slimScored.getScore()).isEqualTo(80);
        assertThat(slim.getResumeId()).isEqualTo("R1");
        assertThat(slim.getMetadata()).isEqualTo(result.getMetadata());
        assertThat(((ScreeningScored) result.getPayload()).getMatched()).hasSize(1);
    }

    /** The newest progress emitted, after reading all of them. */
    private BatchProgress lastUpdate() {
        List<BatchProgress> updates = progress.readValuesToList();
        assertThat(updates).isNotEmpty();
        return updates.get(updates.size() - 1);
    }

    private KeyValueStore<String, BatchProgressAggregate.Tally> tallies() {
        return driver.getKeyValueStore(BatchProgressTopology.TALLY_STORE);
    }

    private Map<String, BatchProgressAggregate.Line> linesOf(String batchId) {
        Map<String, BatchProgressAggregate.Line> lines = new java.util.TreeMap<>();
        KeyValueStore<String, BatchProgressAggregate.Line> store =
                driver.getKeyValueStore(BatchProgressTopology.LEDGER_STORE);
        String prefix = BatchProgressTopology.ledgerKey(batchId, "");
        try (var all = store.prefixScan(prefix, new org.apache.kafka.common.serialization.StringSerializer())) {
            all.forEachRemaining(entry -> lines.put(entry.key.substring(prefix.length()), entry.value));
        }
        return lines;
    }

    /**
     * An outcome produced {@code second}s after T0. Like in the pipeline, its record timestamp is the
     * upload's (T0), inherited from the request it answers: progress must date it by when it happened.
     */
    private void outcome(String resumeId, boolean succeeded, int second) {
        Object payload =
                succeeded ? scored() : new ScreeningFailed(ScreeningFailureReason.PARSE_FAILED, "no text", null);
        ScreeningResultEvent result = TestEvents.outcome("org-a", "BATCH_1", "JOB_1", resumeId, payload);
        result.getMetadata().setOccurredAt(T0.plusSeconds(second));
        outcomes.pipeInput("JOB_1:" + resumeId, result, T0);
    }

    private static ScreeningScored scored() {
        return ScreeningScored.newBuilder()
                .setScore(80)
                .setBand(Band.STRONG)
                .setSubScores(List.of())
                .setMatched(List.of())
                .setMissing(List.of())
                .setSuggestions(List.of())
                .setJobRevision(1)
                .setScorerVersion("s-1")
                .setTaxonomyVersion("t-1")
                .setModelVersions(Map.of())
                .build();
    }
}
