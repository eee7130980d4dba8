package dev.shortlist.streams.scoring;

import static dev.shortlist.streams.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.Band;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.TestEvents;
import dev.shortlist.streams.TopologyTestSupport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringTopologyTest {

    /** Share of the job's required skills the resume lists, 0–100. */
    static final class CoverageScorer implements ScreeningScorerAdapter {
        @Override
        public ScreeningScored score(
                String jobId, int jobRevision, JobDefinition job, String resumeId, ResumeParsed profile) {
            List<String> skills =
                    profile.getSkills().stream().map(s -> s.getName()).toList();
            long matched =
                    job.getRequiredSkills().stream().filter(skills::contains).count();
            double score = job.getRequiredSkills().isEmpty()
                    ? 0
                    : 100.0 * matched / job.getRequiredSkills().size();
            return ScreeningScored.newBuilder()
                    .setScore(score)
                    .setBand(
                            score >= 75
                                    ? Band.STRONG
                                    : score >= 50 ? Band.GOOD : score >= 25 ? Band.PARTIAL : Band.WEAK)
                    .setSubScores(List.of())
                    .setMatched(List.of())
                    .setMissing(List.of())
                    .setSuggestions(List.of())
                    .setJobRevision(jobRevision)
                    .setScorerVersion("coverage-1")
                    .setTaxonomyVersion("test")
                    .setModelVersions(Map.of())
                    .build();
        }
    }

    @TempDir
    Path stateDir;

    private final TopologyTestSupport support = new TopologyTestSupport();
    private final Instant now = T0.plusSeconds(30);
    private TopologyTestDriver driver;
    private TestInputTopic<String, JobEvent> jobs;
    private TestInputTopic<String, ScreeningRequested> requests;
    private TestInputTopic<String, ResumeParseEvent> parsed;
    private TestInputTopic<String, RescoreRequested> rescores;
    private TestOutputTopic<String, ScreeningResultEvent> results;

    @BeforeEach
    void start() {
        TopicCatalog topics = support.topics();
        StreamsBuilder builder = new StreamsBuilder();
        ScoringTopology.build(builder, topics, new CoverageScorer(), Clock.fixed(now, ZoneOffset.UTC));
        driver = support.driver(builder.build(), stateDir);
        jobs = driver.createInputTopic(
                topics.jobs().name(),
                topics.jobs().keySerde().serializer(),
                topics.jobs().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        requests = driver.createInputTopic(
                topics.screenings().name(),
                topics.screenings().keySerde().serializer(),
                topics.screenings().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        parsed = driver.createInputTopic(
                topics.parsedResumes().name(),
                topics.parsedResumes().keySerde().serializer(),
                topics.parsedResumes().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        rescores = driver.createInputTopic(
                topics.rescores().name(),
                topics.rescores().keySerde().serializer(),
                topics.rescores().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        results = driver.createOutputTopic(
                topics.scoredScreenings().name(),
                topics.scoredScreenings().keySerde().deserializer(),
                topics.scoredScreenings().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        support.close();
    }

    @Test
    void aRequestForAParsedResumeAndAPostedJobIsScoredWithTheRequestsMetadata() {
        postJob("org-a", "JOB_1", List.of("Java", "Kafka"));
        parse("org-a", "RES_1", List.of("Java", "Kafka"));
        ScreeningRequested request = TestEvents.request("org-a", "JOB_1", "RES_1", "BATCH_1");

        requests.pipeInput("JOB_1:RES_1", request, T0.plusSeconds(2));

        KeyValue<String, ScreeningResultEvent> out = results.readKeyValue();
        assertThat(out.key).isEqualTo("JOB_1:RES_1");
        assertThat(out.value.getScreeningId()).isEqualTo("JOB_1:RES_1");
        assertThat(out.value.getBatchId()).isEqualTo("BATCH_1");
        assertThat(scored(out.value).getScore()).isEqualTo(100.0);
        assertThat(scored(out.value).getJobRevision()).isEqualTo(1);
        assertThat(out.value.getMetadata().getCausationId())
                .isEqualTo(request.getMetadata().getEventId());
        assertThat(out.value.getMetadata().getCorrelationId())
                .isEqualTo(request.getMetadata().getCorrelationId());
        assertThat(out.value.getMetadata().getOrganizationId()).isEqualTo("org-a");
        assertThat(out.value.getMetadata().getOccurredAt()).isEqualTo(now);
        assertThat(results.isEmpty()).isTrue();
        assertThat(keys(ScoringTopology.SCREENED_STORE)).containsExactly("JOB_1|RES_1");
    }

    @Test
    void theStoredProfileKeepsWhatScoringReadsAndDropsTheTextAndTheMeanVector() {
        postJob("org-a", "JOB_1", List.of("Java", "Kafka"));
        ResumeParsed profile = ResumeParsed.newBuilder(TestEvents.profile(List.of("Java")))
                .setEmbedding(List.of(0.6f, 0.8f))
                .setEmbeddingChunks(List.of(new dev.shortlist.schemas.resume.ChunkEmbedding(
                        "TITLE", "Java Developer", List.of(0.6f, 0.8f))))
                .build();
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0);
        parsed.pipeInput("RES_1", TestEvents.parsed("org-a", "RES_1", profile), T0.plusSeconds(1));
        double whenParsed = scored(results.readValue()).getScore();

        KeyValueStore<String, ResumeParseEvent> store = driver.getKeyValueStore(ScoringTopology.PROFILES_STORE);
        ResumeParsed stored = (ResumeParsed) store.get("RES_1").getPayload();
        assertThat(stored.getText()).isEmpty();
        assertThat(stored.getEmbedding()).isNull();
        assertThat(stored.getEmbeddingChunks()).isEqualTo(profile.getEmbeddingChunks());
        assertThat(stored.getSkills()).isEqualTo(profile.getSkills());

        // A later request is scored from the store: the same score as the one scored from the topic.
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(2));
        assertThat(scored(results.readValue()).getScore()).isEqualTo(whenParsed);
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void aRequestBeforeItsResumeIsParsedWaitsAndIsScoredWhenTheParseArrives() {
        postJob("org-a", "JOB_1", List.of("Java", "Kafka"));

        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(1));

        assertThat(results.isEmpty()).isTrue();
        assertThat(keys(ScoringTopology.AWAITING_RESUME_STORE)).containsExactly("RES_1|JOB_1");

        parse("org-a", "RES_1", List.of("Java"));

        ScreeningResultEvent result = results.readValue();
        assertThat(result.getResumeId()).isEqualTo("RES_1");
        assertThat(scored(result).getScore()).isEqualTo(50.0);
        assertThat(results.isEmpty()).isTrue();
        assertThat(keys(ScoringTopology.AWAITING_RESUME_STORE)).isEmpty();
        assertThat(keys(ScoringTopology.PROFILES_STORE)).containsExactly("RES_1");
    }

    @Test
    void aRequestBeforeItsJobIsPostedWaitsForTheJob() {
        parse("org-a", "RES_1", List.of("Java"));

        requests.pipeInput("JOB_9:RES_1", TestEvents.request("org-a", "JOB_9", "RES_1", null), T0.plusSeconds(1));

        assertThat(results.isEmpty()).isTrue();
        assertThat(keys(ScoringTopology.AWAITING_JOB_STORE)).containsExactly("JOB_9|RES_1");

        postJob("org-a", "JOB_9", List.of("Java"));

        assertThat(scored(results.readValue()).getScore()).isEqualTo(100.0);
        assertThat(results.isEmpty()).isTrue();
        assertThat(keys(ScoringTopology.AWAITING_JOB_STORE)).isEmpty();
    }

    @Test
    void aParseFailureFailsTheScreeningWithTheParseReason() {
        postJob("org-a", "JOB_1", List.of("Java"));
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", "BATCH_1"), T0.plusSeconds(1));

        parsed.pipeInput(
                "RES_1",
                TestEvents.parsed(
                        "org-a", "RES_1", new ResumeParseFailed(ParseFailureReason.NO_TEXT, "image-only PDF", "p-1")),
                T0.plusSeconds(2));

        ScreeningResultEvent result = results.readValue();
        ScreeningFailed failed = (ScreeningFailed) result.getPayload();
        assertThat(failed.getReason()).isEqualTo(ScreeningFailureReason.PARSE_FAILED);
        assertThat(failed.getParseFailureReason()).isEqualTo(ParseFailureReason.NO_TEXT);
        assertThat(failed.getDetail()).contains("image-only PDF");
        assertThat(result.getBatchId()).isEqualTo("BATCH_1");
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void aJobUpdateRescoresItsScreeningsAsANewVersion() {
        postJob("org-a", "JOB_1", List.of("Java", "Kafka"));
        parse("org-a", "RES_1", List.of("Java", "Kafka"));
        parse("org-a", "RES_2", List.of("Kafka"));
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(3));
        requests.pipeInput("JOB_1:RES_2", TestEvents.request("org-a", "JOB_1", "RES_2", null), T0.plusSeconds(4));
        assertThat(results.readValuesToList())
                .extracting(r -> scored(r).getScore())
                .containsExactly(100.0, 50.0);

        JobEvent update = TestEvents.jobUpdated("org-a", "JOB_1", 2, List.of("Kafka"));
        jobs.pipeInput("JOB_1", update, T0.plusSeconds(5));

        List<ScreeningResultEvent> rescored = results.readValuesToList();
        assertThat(rescored).extracting(ScreeningResultEvent::getResumeId).containsExactlyInAnyOrder("RES_1", "RES_2");
        assertThat(rescored).allSatisfy(r -> {
            assertThat(scored(r).getJobRevision()).isEqualTo(2);
            assertThat(scored(r).getScore()).isEqualTo(100.0);
            assertThat(r.getMetadata().getCausationId())
                    .isEqualTo(update.getMetadata().getEventId());
        });
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void aRepeatedOrOlderJobRevisionRescoresNothing() {
        JobEvent posted = TestEvents.jobPosted("org-a", "JOB_1", List.of("Java"));
        jobs.pipeInput("JOB_1", posted, T0);
        parse("org-a", "RES_1", List.of("Java"));
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(2));
        results.readValue();
        jobs.pipeInput("JOB_1", TestEvents.jobUpdated("org-a", "JOB_1", 2, List.of("Java")), T0.plusSeconds(3));
        results.readValue();

        jobs.pipeInput("JOB_1", TestEvents.jobUpdated("org-a", "JOB_1", 2, List.of("Go")), T0.plusSeconds(4));
        jobs.pipeInput("JOB_1", posted, T0.plusSeconds(5));

        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void aClosedJobFailsNewRequests() {
        postJob("org-a", "JOB_1", List.of("Java"));
        jobs.pipeInput("JOB_1", TestEvents.jobClosed("org-a", "JOB_1", 2), T0.plusSeconds(1));
        parse("org-a", "RES_1", List.of("Java"));

        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(3));

        assertThat(((ScreeningFailed) results.readValue().getPayload()).getReason())
                .isEqualTo(ScreeningFailureReason.JOB_CLOSED);
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void aResumeOfAnotherOrganizationIsNeverScored() {
        postJob("org-a", "JOB_1", List.of("Java"));
        parse("org-b", "RES_1", List.of("Java"));

        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(2));
        requests.pipeInput("JOB_1:RES_2", TestEvents.request("org-b", "JOB_1", "RES_2", null), T0.plusSeconds(3));

        assertThat(results.readValuesToList())
                .extracting(r -> ((ScreeningFailed) r.getPayload()).getReason())
                .containsExactly(
                        ScreeningFailureReason.ORGANIZATION_MISMATCH, ScreeningFailureReason.ORGANIZATION_MISMATCH);
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void anOrganizationRescoreRescoresEveryJobOfThatOrganizationOnly() {
        postJob("org-a", "JOB_1", List.of("Java"));
        postJob("org-a", "JOB_2", List.of("Kafka"));
        postJob("org-b", "JOB_3", List.of("Java"));
        parse("org-a", "RES_1", List.of("Java", "Kafka"));
        parse("org-b", "RES_3", List.of("Java"));
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(5));
        requests.pipeInput("JOB_2:RES_1", TestEvents.request("org-a", "JOB_2", "RES_1", null), T0.plusSeconds(6));
        requests.pipeInput("JOB_3:RES_3", TestEvents.request("org-b", "JOB_3", "RES_3", null), T0.plusSeconds(7));
        assertThat(results.readValuesToList()).hasSize(3);

        rescores.pipeInput(
                "org-a",
                RescoreRequested.newBuilder()
                        .setMetadata(TestEvents.metadata("org-a"))
                        .setScope(RescoreScope.ORGANIZATION)
                        .setJobId(null)
                        .setScorerVersion("coverage-1")
                        .setReason("new model")
                        .build(),
                T0.plusSeconds(8));

        assertThat(results.readKeyValuesToList())
                .extracting(kv -> kv.key)
                .containsExactlyInAnyOrder("JOB_1:RES_1", "JOB_2:RES_1");
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void aJobRescoreRescoresThatJobsScreenings() {
        postJob("org-a", "JOB_1", List.of("Java"));
        postJob("org-a", "JOB_2", List.of("Java"));
        parse("org-a", "RES_1", List.of("Java"));
        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(5));
        requests.pipeInput("JOB_2:RES_1", TestEvents.request("org-a", "JOB_2", "RES_1", null), T0.plusSeconds(6));
        results.readValuesToList();

        rescores.pipeInput(
                "JOB_2",
                RescoreRequested.newBuilder()
                        .setMetadata(TestEvents.metadata("org-a"))
                        .setScope(RescoreScope.JOB)
                        .setJobId("JOB_2")
                        .setScorerVersion(null)
                        .setReason(null)
                        .build(),
                T0.plusSeconds(8));

        assertThat(results.readKeyValue().key).isEqualTo("JOB_2:RES_1");
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void anErasedResumeFailsItsWaitingRequestsAndLeavesTheStore() {
        postJob("org-a", "JOB_1", List.of("Java"));
        parse("org-a", "RES_1", List.of("Java"));
        parsed.pipeInput("RES_1", null, T0.plusSeconds(2));
        assertThat(keys(ScoringTopology.PROFILES_STORE)).isEmpty();

        requests.pipeInput("JOB_1:RES_1", TestEvents.request("org-a", "JOB_1", "RES_1", null), T0.plusSeconds(3));
        assertThat(results.isEmpty()).isTrue();
        parsed.pipeInput("RES_1", null, T0.plusSeconds(4));

        assertThat(((ScreeningFailed) results.readValue().getPayload()).getReason())
                .isEqualTo(ScreeningFailureReason.RESUME_ERASED);
        assertThat(results.isEmpty()).isTrue();
        assertThat(keys(ScoringTopology.AWAITING_RESUME_STORE)).isEmpty();
    }

    private void postJob(String organizationId, String jobId, List<String> requiredSkills) {
        jobs.pipeInput(jobId, TestEvents.jobPosted(organizationId, jobId, requiredSkills), T0);
    }

    private void parse(String organizationId, String resumeId, List<String> skills) {
        parsed.pipeInput(resumeId, TestEvents.parsed(organizationId, resumeId, TestEvents.profile(skills)), T0);
    }

    private static ScreeningScored scored(ScreeningResultEvent result) {
        assertThat(result.getPayload()).isInstanceOf(ScreeningScored.class);
        return (ScreeningScored) result.getPayload();
    }

    private List<String> keys(String storeName) {
        KeyValueStore<String, Object> store = driver.getKeyValueStore(storeName);
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Object> all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }
}
