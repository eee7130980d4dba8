package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.topic.Topic;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.system.StreamsEvents;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code ScreeningRequested} (key jobId:resumeId) + jobs (key jobId) + rescores → job side keyed by jobId
 * (jobs table, screened index, requests awaiting their job) → re-keyed by resumeId → resume side (parsed
 * profiles from the parsed topic, requests awaiting their resume) → {@code ScreeningResultEvent}
 * ({@code ScreeningScored} | {@code ScreeningFailed}, key jobId:resumeId); exactly-once with its stores,
 * correct in any arrival order.
 *
 * <p>Decisions: a request for a job not yet known waits for the job (ingest accepts screenings only for
 * existing jobs, so an unknown job is a job event still in flight); a closed job fails its new requests
 * with {@code JOB_CLOSED}; a job or resume of another organization fails with
 * {@code ORGANIZATION_MISMATCH} and is never scored; a {@code JobUpdated} rescores every resume screened
 * against the job, a {@code RescoreRequested} rescores a job or every job of an organization; an erased
 * resume fails its waiting requests with {@code RESUME_ERASED}.
 */
public final class ScoringTopology {

    public static final String JOBS_SOURCE = "scoring-jobs-source";
    public static final String JOB_SIGNALS = "scoring-job-signals";
    public static final String REQUESTS_SOURCE = "scoring-requests-source";
    public static final String REQUESTS_KEYED_BY_JOB = "scoring-requests-keyed-by-job";
    public static final String REQUESTS_BY_JOB_REPARTITION = "scoring-requests-by-job";
    public static final String REQUEST_SIGNALS = "scoring-request-signals";
    public static final String RESCORES_SOURCE = "scoring-rescores-source";
    public static final String RESCORES_KEYED_BY_SCOPE = "scoring-rescores-keyed-by-scope";
    public static final String RESCORES_BY_JOB_REPARTITION = "scoring-rescores-by-job";
    public static final String RESCORE_SIGNALS = "scoring-rescore-signals";
    public static final String JOB_SIDE_INPUTS = "scoring-job-side-inputs";
    public static final String JOB_SIDE = "scoring-job-side";
    public static final String JOB_SIDE_SPLIT = "scoring-job-side-split-";
    public static final String TO_RESUME = "to-resume";
    public static final String FAILED = "failed";
    public static final String TO_RESUME_VALUES = "scoring-to-resume-values";
    public static final String FAILED_VALUES = "scoring-failed-values";
    public static final String REQUESTS_BY_RESUME_REPARTITION = "scoring-requests-by-resume";
    public static final String SCOPED_SIGNALS = "scoring-scoped-signals";
    public static final String PARSED_SOURCE = "scoring-parsed-source";
    public static final String PROFILE_SIGNALS = "scoring-profile-signals";
    public static final String RESUME_SIDE_INPUTS = "scoring-resume-side-inputs";
    public static final String RESUME_SIDE = "scoring-resume-side";
    public static final String MERGE_RESULTS = "scoring-merge-results";
    public static final String SINK = "scoring-sink";

    /** Latest {@code JobEvent} per jobId: the jobs table. */
    public static final String JOBS_STORE = "scoring-jobs-store";
    /** {@code jobId|resumeId} → the request, for every resume screened against a job (rescoring index). */
    public static final String SCREENED_STORE = "scoring-screened-store";
    /** {@code jobId|resumeId} → a request whose job is not known yet. */
    public static final String AWAITING_JOB_STORE = "scoring-awaiting-job-store";
    /** Latest parse outcome per resumeId, as scoring reads it ({@link #asStored}). */
    public static final String PROFILES_STORE = "scoring-profiles-store";
    /** {@code resumeId|jobId} → a request (with its job) whose resume is not parsed yet. */
    public static final String AWAITING_RESUME_STORE = "scoring-awaiting-resume-store";

    static final String SEPARATOR = "|";

    private ScoringTopology() {}

    /** A request together with the job version it is to be scored against. */
    public record JobScoped(ScreeningRequested request, JobEvent job) {}

    sealed interface JobSideInput permits JobChanged, Requested, Rescore {}

    record JobChanged(JobEvent job) implements JobSideInput {}

    record Requested(ScreeningRequested request) implements JobSideInput {}

    record Rescore(RescoreRequested rescore) implements JobSideInput {}

    /** What the job side decides: go on to the resume, or fail now. */
    sealed interface JobSideResult permits ToResume, Failed {}

    record ToResume(JobScoped scoped) implements JobSideResult {}

    record Failed(ScreeningResultEvent result) implements JobSideResult {}

    sealed interface ResumeSideInput permits ProfileChanged, Scoped {}

    record ProfileChanged(ResumeParseEvent profile) implements ResumeSideInput {}

    record Scoped(JobScoped scoped) implements ResumeSideInput {}

    public static void build(StreamsBuilder builder, TopicCatalog topics, ScreeningScorerAdapter scorer, Clock clock) {
        Topic<String, JobEvent> jobs = topics.jobs();
        Topic<String, ScreeningRequested> requests = topics.screenings();
        Topic<String, ResumeParseEvent> parsed = topics.parsedResumes();
        Serde<JobScoped> scopedSerde = new JobScopedSerde(requests.valueSerde(), jobs.valueSerde());

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(JOBS_STORE), Serdes.String(), jobs.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SCREENED_STORE), Serdes.String(), requests.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(AWAITING_JOB_STORE), Serdes.String(), requests.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PROFILES_STORE), Serdes.String(), parsed.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(AWAITING_RESUME_STORE), Serdes.String(), scopedSerde));

        // Job side: everything keyed by jobId, co-partitioned with the jobs topic.
        KStream<String, JobSideInput> jobSignals = builder.stream(
                        jobs.name(),
                        Consumed.with(jobs.keySerde(), jobs.valueSerde()).withName(JOBS_SOURCE))
                .mapValues(job -> (JobSideInput) new JobChanged(job), Named.as(JOB_SIGNALS));

        // Requests are keyed jobId:resumeId; they move to the partition of their job to meet it.
        KStream<String, JobSideInput> requestSignals = builder.stream(
                        requests.name(),
                        Consumed.with(requests.keySerde(), requests.valueSerde())
                                .withName(REQUESTS_SOURCE))
                .selectKey((screeningId, request) -> request.getJobId(), Named.as(REQUESTS_KEYED_BY_JOB))
                .repartition(Repartitioned.<String, ScreeningRequested>as(REQUESTS_BY_JOB_REPARTITION)
                        .withKeySerde(requests.keySerde())
                        .withValueSerde(requests.valueSerde())
                        .withNumberOfPartitions(jobs.spec().partitions()))
                .mapValues(request -> (JobSideInput) new Requested(request), Named.as(REQUEST_SIGNALS));

        // A job-scoped rescore goes to its job's partition; an organization-scoped one to every
        // partition, since that organization's jobs are spread over all of them.
        KStream<String, JobSideInput> rescoreSignals = builder.stream(
                        topics.rescores().name(),
                        Consumed.with(
                                        topics.rescores().keySerde(),
                                        topics.rescores().valueSerde())
                                .withName(RESCORES_SOURCE))
                .selectKey(
                        (key, rescore) -> isJobScoped(rescore)
                                ? rescore.getJobId()
                                : rescore.getMetadata().getOrganizationId(),
                        Named.as(RESCORES_KEYED_BY_SCOPE))
                .repartition(Repartitioned.<String, RescoreRequested>as(RESCORES_BY_JOB_REPARTITION)
                        .withKeySerde(topics.rescores().keySerde())
                        .withValueSerde(topics.rescores().valueSerde())
                        .withNumberOfPartitions(jobs.spec().partitions())
                        .withStreamPartitioner(new RescorePartitioner()))
                .mapValues(rescore -> (JobSideInput) new Rescore(rescore), Named.as(RESCORE_SIGNALS));

        Map<String, KStream<String, JobSideResult>> decided = jobSignals
                .merge(requestSignals, Named.as(JOB_SIDE_INPUTS + "-requests"))
                .merge(rescoreSignals, Named.as(JOB_SIDE_INPUTS))
                .process(
                        () -> new JobSideProcessor(clock),
                        Named.as(JOB_SIDE),
                        JOBS_STORE,
                        SCREENED_STORE,
                        AWAITING_JOB_STORE)
                .split(Named.as(JOB_SIDE_SPLIT))
                .branch((key, result) -> result instanceof ToResume, Branched.as(TO_RESUME))
                .defaultBranch(Branched.as(FAILED));

        // Resume side: the job side keyed the scoped requests by resumeId; this repartition brings them
        // to the partition of the parsed topic that holds their resume.
        KStream<String, ResumeSideInput> scopedSignals = decided.get(JOB_SIDE_SPLIT + TO_RESUME)
                .mapValues(result -> ((ToResume) result).scoped(), Named.as(TO_RESUME_VALUES))
                .repartition(Repartitioned.<String, JobScoped>as(REQUESTS_BY_RESUME_REPARTITION)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(scopedSerde)
                        .withNumberOfPartitions(parsed.spec().partitions()))
                .mapValues(scoped -> (ResumeSideInput) new Scoped(scoped), Named.as(SCOPED_SIGNALS));

        // Tombstones (erasures) are kept: they delete the stored profile.
        KStream<String, ResumeSideInput> profileSignals = builder.stream(
                        parsed.name(),
                        Consumed.with(parsed.keySerde(), parsed.valueSerde()).withName(PARSED_SOURCE))
                .mapValues(profile -> (ResumeSideInput) new ProfileChanged(profile), Named.as(PROFILE_SIGNALS));

        KStream<String, ScreeningResultEvent> scored = profileSignals
                .merge(scopedSignals, Named.as(RESUME_SIDE_INPUTS))
                .process(
                        () -> new ResumeSideProcessor(scorer, clock),
                        Named.as(RESUME_SIDE),
                        PROFILES_STORE,
                        AWAITING_RESUME_STORE);

        decided.get(JOB_SIDE_SPLIT + FAILED)
                .mapValues(result -> ((Failed) result).result(), Named.as(FAILED_VALUES))
                .merge(scored, Named.as(MERGE_RESULTS))
                .to(
                        topics.scoredScreenings().name(),
                        Produced.with(
                                        topics.scoredScreenings().keySerde(),
                                        topics.scoredScreenings().valueSerde())
                                .withName(SINK));
    }

    static boolean isJobScoped(RescoreRequested rescore) {
        return rescore.getScope() == RescoreScope.JOB && rescore.getJobId() != null;
    }

    static String screeningId(String jobId, String resumeId) {
        return jobId + ":" + resumeId;
    }

    static boolean isClosed(JobEvent job) {
        return job.getPayload() instanceof JobClosed;
    }

    static JobDefinition definition(JobEvent job) {
        if (job.getPayload() instanceof JobPosted posted) {
            return posted.getDefinition();
        }
        return ((JobUpdated) job.getPayload()).getDefinition();
    }

    static ScreeningResultEvent result(ScreeningRequested request, Object payload, Clock clock) {
        return ScreeningResultEvent.newBuilder()
                .setMetadata(StreamsEvents.causedBy(request.getMetadata(), clock.instant()))
                .setScreeningId(screeningId(request.getJobId(), request.getResumeId()))
                .setJobId(request.getJobId())
                .setResumeId(request.getResumeId())
                .setBatchId(request.getBatchId())
                .setPayload(payload)
                .build();
    }

    static ScreeningResultEvent failure(
            ScreeningRequested request,
            ScreeningFailureReason reason,
            String detail,
            ResumeParseFailed parseFailure,
            Clock clock) {
        return result(
                request,
                new ScreeningFailed(reason, detail, parseFailure == null ? null : parseFailure.getReason()),
                clock);
    }

    /**
     * The parse outcome without what scoring never reads: the extracted text (evidence carries its
     * own snippets) and the profile's mean vector (for similarity search in the query API; scoring
     * reads the chunk vectors). It keeps the store's changelog small, and a profile is scored the
     * same from the store as from the topic.
     */
    static ResumeParseEvent asStored(ResumeParseEvent event) {
        if (!(event.getPayload() instanceof ResumeParsed parsed)
                || (parsed.getText().isEmpty() && parsed.getEmbedding() == null)) {
            return event;
        }
        ResumeParsed slim =
                ResumeParsed.newBuilder(parsed).setText("").setEmbedding(null).build();
        return ResumeParseEvent.newBuilder(event).setPayload(slim).build();
    }

    /** Entries whose key starts with {@code id|}, read fully before the caller changes the store. */
    static <V> List<KeyValue<String, V>> prefix(KeyValueStore<String, V> store, String id) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator =
                store.prefixScan(id + SEPARATOR, Serdes.String().serializer())) {
            iterator.forEachRemaining(entries::add);
        }
        return entries;
    }
}
