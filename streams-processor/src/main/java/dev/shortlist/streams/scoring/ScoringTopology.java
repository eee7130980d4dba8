package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.common.EventMetadata;
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
import dev.shortlist.schemas.screening.ScreeningTrigger;
import dev.shortlist.schemas.topic.Topic;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.system.StreamsEvents;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
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

    private static final String SEPARATOR = "|";

    private ScoringTopology() {
    }

    /** A request together with the job version it is to be scored against. */
    public record JobScoped(ScreeningRequested request, JobEvent job) {
    }

    sealed interface JobSideInput permits JobChanged, Requested, Rescore {
    }

    record JobChanged(JobEvent job) implements JobSideInput {
    }

    record Requested(ScreeningRequested request) implements JobSideInput {
    }

    record Rescore(RescoreRequested rescore) implements JobSideInput {
    }

    /** What the job side decides: go on to the resume, or fail now. */
    sealed interface JobSideResult permits ToResume, Failed {
    }

    record ToResume(JobScoped scoped) implements JobSideResult {
    }

    record Failed(ScreeningResultEvent result) implements JobSideResult {
    }

    sealed interface ResumeSideInput permits ProfileChanged, Scoped {
    }

    record ProfileChanged(ResumeParseEvent profile) implements ResumeSideInput {
    }

    record Scoped(JobScoped scoped) implements ResumeSideInput {
    }

    public static void build(StreamsBuilder builder, TopicCatalog topics, ScreeningScorerAdapter scorer, Clock clock) {
        Topic<String, JobEvent> jobs = topics.jobs();
        Topic<String, ScreeningRequested> requests = topics.screenings();
        Topic<String, ResumeParseEvent> parsed = topics.parsedResumes();
        Serde<JobScoped> scopedSerde = new JobScopedSerde(requests.valueSerde(), jobs.valueSerde());

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(JOBS_STORE), Serdes.String(), jobs.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCREENED_STORE), Serdes.String(), requests.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AWAITING_JOB_STORE), Serdes.String(), requests.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROFILES_STORE), Serdes.String(), parsed.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AWAITING_RESUME_STORE), Serdes.String(), scopedSerde));

        // Job side: everything keyed by jobId, co-partitioned with the jobs topic.
        KStream<String, JobSideInput> jobSignals = builder
                .stream(jobs.name(), Consumed.with(jobs.keySerde(), jobs.valueSerde()).withName(JOBS_SOURCE))
                .mapValues(job -> (JobSideInput) new JobChanged(job), Named.as(JOB_SIGNALS));

        // Requests are keyed jobId:resumeId; they move to the partition of their job to meet it.
        KStream<String, JobSideInput> requestSignals = builder
                .stream(requests.name(), Consumed.with(requests.keySerde(), requests.valueSerde()).withName(REQUESTS_SOURCE))
                .selectKey((screeningId, request) -> request.getJobId(), Named.as(REQUESTS_KEYED_BY_JOB))
                .repartition(Repartitioned.<String, ScreeningRequested>as(REQUESTS_BY_JOB_REPARTITION)
                        .withKeySerde(requests.keySerde()).withValueSerde(requests.valueSerde())
                        .withNumberOfPartitions(jobs.spec().partitions()))
                .mapValues(request -> (JobSideInput) new Requested(request), Named.as(REQUEST_SIGNALS));

        // A job-scoped rescore goes to its job's partition; an organization-scoped one to every
        // partition, since that organization's jobs are spread over all of them.
        KStream<String, JobSideInput> rescoreSignals = builder
                .stream(topics.rescores().name(),
                        Consumed.with(topics.rescores().keySerde(), topics.rescores().valueSerde()).withName(RESCORES_SOURCE))
                .selectKey((key, rescore) -> isJobScoped(rescore) ? rescore.getJobId() : rescore.getMetadata().getOrganizationId(),
                        Named.as(RESCORES_KEYED_BY_SCOPE))
                .repartition(Repartitioned.<String, RescoreRequested>as(RESCORES_BY_JOB_REPARTITION)
                        .withKeySerde(topics.rescores().keySerde()).withValueSerde(topics.rescores().valueSerde())
                        .withNumberOfPartitions(jobs.spec().partitions())
                        .withStreamPartitioner(new RescorePartitioner()))
                .mapValues(rescore -> (JobSideInput) new Rescore(rescore), Named.as(RESCORE_SIGNALS));

        Map<String, KStream<String, JobSideResult>> decided = jobSignals
                .merge(requestSignals, Named.as(JOB_SIDE_INPUTS + "-requests"))
                .merge(rescoreSignals, Named.as(JOB_SIDE_INPUTS))
                .process(() -> new JobSideProcessor(clock), Named.as(JOB_SIDE), JOBS_STORE, SCREENED_STORE, AWAITING_JOB_STORE)
                .split(Named.as(JOB_SIDE_SPLIT))
                .branch((key, result) -> result instanceof ToResume, Branched.as(TO_RESUME))
                .defaultBranch(Branched.as(FAILED));

        // Resume side: the job side keyed the scoped requests by resumeId; this repartition brings them
        // to the partition of the parsed topic that holds their resume.
        KStream<String, ResumeSideInput> scopedSignals = decided.get(JOB_SIDE_SPLIT + TO_RESUME)
                .mapValues(result -> ((ToResume) result).scoped(), Named.as(TO_RESUME_VALUES))
                .repartition(Repartitioned.<String, JobScoped>as(REQUESTS_BY_RESUME_REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(scopedSerde)
                        .withNumberOfPartitions(parsed.spec().partitions()))
                .mapValues(scoped -> (ResumeSideInput) new Scoped(scoped), Named.as(SCOPED_SIGNALS));

        // Tombstones (erasures) are kept: they delete the stored profile.
        KStream<String, ResumeSideInput> profileSignals = builder
                .stream(parsed.name(), Consumed.with(parsed.keySerde(), parsed.valueSerde()).withName(PARSED_SOURCE))
                .mapValues(profile -> (ResumeSideInput) new ProfileChanged(profile), Named.as(PROFILE_SIGNALS));

        KStream<String, ScreeningResultEvent> scored = profileSignals
                .merge(scopedSignals, Named.as(RESUME_SIDE_INPUTS))
                .process(() -> new ResumeSideProcessor(scorer, clock), Named.as(RESUME_SIDE), PROFILES_STORE, AWAITING_RESUME_STORE);

        decided.get(JOB_SIDE_SPLIT + FAILED)
                .mapValues(result -> ((Failed) result).result(), Named.as(FAILED_VALUES))
                .merge(scored, Named.as(MERGE_RESULTS))
                .to(topics.scoredScreenings().name(),
                        Produced.with(topics.scoredScreenings().keySerde(), topics.scoredScreenings().valueSerde()).withName(SINK));
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

    static ScreeningResultEvent failure(ScreeningRequested request, ScreeningFailureReason reason, String detail,
                                        ResumeParseFailed parseFailure, Clock clock) {
        return result(request, new ScreeningFailed(reason, detail, parseFailure == null ? null : parseFailure.getReason()), clock);
    }

    /** Same partition as the default producer partitioner for job-scoped rescores; every partition otherwise. */
    static final class RescorePartitioner implements StreamPartitioner<String, RescoreRequested> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String key, RescoreRequested rescore, int partitions) {
            if (isJobScoped(rescore)) {
                return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions));
            }
            return Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
        }
    }

    /** Jobs table, rescoring index and requests waiting for their job; decides per request. */
    static final class JobSideProcessor extends ContextualProcessor<String, JobSideInput, String, JobSideResult> {

        private final Clock clock;
        private KeyValueStore<String, JobEvent> jobs;
        private KeyValueStore<String, ScreeningRequested> screened;
        private KeyValueStore<String, ScreeningRequested> awaiting;

        JobSideProcessor(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void init(ProcessorContext<String, JobSideResult> context) {
            super.init(context);
            jobs = context.getStateStore(JOBS_STORE);
            screened = context.getStateStore(SCREENED_STORE);
            awaiting = context.getStateStore(AWAITING_JOB_STORE);
        }

        @Override
        public void process(Record<String, JobSideInput> record) {
            JobSideInput input = record.value();
            if (input instanceof JobChanged changed) {
                onJob(record, changed.job());
            } else if (input instanceof Requested requested) {
                ScreeningRequested request = requested.request();
                JobEvent job = jobs.get(request.getJobId());
                if (job == null) {
                    awaiting.put(request.getJobId() + SEPARATOR + request.getResumeId(), request);
                } else {
                    decide(record, request, job);
                }
            } else if (input instanceof Rescore rescore) {
                onRescore(record, rescore.rescore());
            }
        }

        private void onJob(Record<String, JobSideInput> record, JobEvent job) {
            JobEvent current = jobs.get(job.getJobId());
            if (current != null && current.getRevision() >= job.getRevision()) {
                return; // an older or repeated revision changes nothing
            }
            jobs.put(job.getJobId(), job);
            if (job.getPayload() instanceof JobUpdated) {
                rescore(record, job, job.getMetadata(), ScreeningTrigger.JOB_UPDATED);
            }
            for (KeyValue<String, ScreeningRequested> waiting : prefix(awaiting, job.getJobId())) {
                awaiting.delete(waiting.key);
                decide(record, waiting.value, job);
            }
        }

        private void onRescore(Record<String, JobSideInput> record, RescoreRequested rescore) {
            String organizationId = rescore.getMetadata().getOrganizationId();
            List<JobEvent> targets = new ArrayList<>();
            if (isJobScoped(rescore)) {
                JobEvent job = jobs.get(rescore.getJobId());
                if (job != null) {
                    targets.add(job);
                }
            } else {
                try (KeyValueIterator<String, JobEvent> all = jobs.all()) {
                    all.forEachRemaining(entry -> targets.add(entry.value));
                }
            }
            for (JobEvent job : targets) {
                // Never across organizations, and a closed job keeps its last scores.
                if (job.getMetadata().getOrganizationId().equals(organizationId) && !isClosed(job)) {
                    rescore(record, job, rescore.getMetadata(), ScreeningTrigger.RESCORE);
                }
            }
        }

        /** Every resume screened against the job again, as requests caused by {@code cause}. */
        private void rescore(Record<String, JobSideInput> record, JobEvent job, EventMetadata cause, ScreeningTrigger trigger) {
            for (KeyValue<String, ScreeningRequested> entry : prefix(screened, job.getJobId())) {
                ScreeningRequested again = ScreeningRequested.newBuilder(entry.value)
                        .setMetadata(EventMetadata.newBuilder(cause).build())
                        .setTrigger(trigger)
                        .build();
                context().forward(record.withKey(again.getResumeId()).withValue(new ToResume(new JobScoped(again, job))));
            }
        }

        private void decide(Record<String, JobSideInput> record, ScreeningRequested request, JobEvent job) {
            String screeningId = screeningId(request.getJobId(), request.getResumeId());
            if (!request.getMetadata().getOrganizationId().equals(job.getMetadata().getOrganizationId())) {
                context().forward(record.withKey(screeningId).withValue(new Failed(failure(request,
                        ScreeningFailureReason.ORGANIZATION_MISMATCH, "The job belongs to another organization", null, clock))));
            } else if (isClosed(job)) {
                context().forward(record.withKey(screeningId).withValue(new Failed(failure(request,
                        ScreeningFailureReason.JOB_CLOSED, "The job is closed", null, clock))));
            } else {
                screened.put(request.getJobId() + SEPARATOR + request.getResumeId(), request);
                // Re-keyed by resumeId: the next step is the repartition to the resume's partition.
                context().forward(record.withKey(request.getResumeId()).withValue(new ToResume(new JobScoped(request, job))));
            }
        }
    }

    /** Parsed profiles and requests waiting for their resume; scores when both are there. */
    static final class ResumeSideProcessor extends ContextualProcessor<String, ResumeSideInput, String, ScreeningResultEvent> {

        private final ScreeningScorerAdapter scorer;
        private final Clock clock;
        private KeyValueStore<String, ResumeParseEvent> profiles;
        private KeyValueStore<String, JobScoped> awaiting;

        ResumeSideProcessor(ScreeningScorerAdapter scorer, Clock clock) {
            this.scorer = scorer;
            this.clock = clock;
        }

        @Override
        public void init(ProcessorContext<String, ScreeningResultEvent> context) {
            super.init(context);
            profiles = context.getStateStore(PROFILES_STORE);
            awaiting = context.getStateStore(AWAITING_RESUME_STORE);
        }

        @Override
        public void process(Record<String, ResumeSideInput> record) {
            String resumeId = record.key();
            if (record.value() instanceof ProfileChanged changed) {
                ResumeParseEvent profile = changed.profile();
                List<KeyValue<String, JobScoped>> waiting = prefix(awaiting, resumeId);
                waiting.forEach(entry -> awaiting.delete(entry.key));
                if (profile == null) {
                    profiles.delete(resumeId);
                    waiting.forEach(entry -> emit(record, failure(entry.value.request(),
                            ScreeningFailureReason.RESUME_ERASED, "The candidate's data was erased", null, clock)));
                } else {
                    ResumeParseEvent stored = asStored(profile);
                    profiles.put(resumeId, stored);
                    waiting.forEach(entry -> emit(record, score(entry.value, stored)));
                }
            } else {
                JobScoped scoped = ((Scoped) record.value()).scoped();
                ResumeParseEvent profile = profiles.get(resumeId);
                if (profile == null) {
                    // Not parsed yet: the latest request for this job waits for the parse outcome.
                    awaiting.put(resumeId + SEPARATOR + scoped.request().getJobId(), scoped);
                } else {
                    emit(record, score(scoped, profile));
                }
            }
        }

        private ScreeningResultEvent score(JobScoped scoped, ResumeParseEvent profile) {
            ScreeningRequested request = scoped.request();
            JobEvent job = scoped.job();
            if (!profile.getMetadata().getOrganizationId().equals(job.getMetadata().getOrganizationId())) {
                return failure(request, ScreeningFailureReason.ORGANIZATION_MISMATCH,
                        "The resume belongs to another organization", null, clock);
            }
            if (profile.getPayload() instanceof ResumeParseFailed parseFailed) {
                return failure(request, ScreeningFailureReason.PARSE_FAILED,
                        "The resume could not be parsed: " + parseFailed.getDetail(), parseFailed, clock);
            }
            return result(request, scorer.score(job.getJobId(), job.getRevision(), definition(job),
                    request.getResumeId(), (ResumeParsed) profile.getPayload()), clock);
        }

        private void emit(Record<String, ResumeSideInput> record, ScreeningResultEvent result) {
            context().forward(record.withKey(result.getScreeningId()).withValue(result));
        }
    }

    /**
     * The parse outcome without what scoring never reads: the extracted text (evidence carries its
     * own snippets) and the profile's mean vector (for similarity search in the query API; scoring
     * reads the chunk vectors). The store's changelog for 2,000 resumes went from 21.2 to 16.7 MB
     * (LZ4 packs text well), and a profile is scored the same from the store as from the topic.
     */
    static ResumeParseEvent asStored(ResumeParseEvent event) {
        if (!(event.getPayload() instanceof ResumeParsed parsed) || (parsed.getText().isEmpty() && parsed.getEmbedding() == null)) {
            return event;
        }
        ResumeParsed slim = ResumeParsed.newBuilder(parsed).setText("").setEmbedding(null).build();
        return ResumeParseEvent.newBuilder(event).setPayload(slim).build();
    }

    /** Entries whose key starts with {@code id|}, read fully before the caller changes the store. */
    static <V> List<KeyValue<String, V>> prefix(KeyValueStore<String, V> store, String id) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator = store.prefixScan(id + SEPARATOR, Serdes.String().serializer())) {
            iterator.forEachRemaining(entries::add);
        }
        return entries;
    }

    /**
     * A request and its job in one record of the internal repartition topic and store: both in the
     * registry's wire format, under subjects of their own ({@code <topic>-request-value},
     * {@code <topic>-job-value}), length-prefixed.
     */
    static final class JobScopedSerde implements Serde<JobScoped> {

        private final Serde<ScreeningRequested> requests;
        private final Serde<JobEvent> jobs;

        JobScopedSerde(Serde<ScreeningRequested> requests, Serde<JobEvent> jobs) {
            this.requests = requests;
            this.jobs = jobs;
        }

        @Override
        public Serializer<JobScoped> serializer() {
            return (topic, scoped) -> {
                if (scoped == null) {
                    return null;
                }
                byte[] request = requests.serializer().serialize(topic + "-request", scoped.request());
                byte[] job = jobs.serializer().serialize(topic + "-job", scoped.job());
                return ByteBuffer.allocate(4 + request.length + job.length).putInt(request.length).put(request).put(job).array();
            };
        }

        @Override
        public Deserializer<JobScoped> deserializer() {
            return (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                int length = buffer.getInt();
                if (length < 0 || length > bytes.length - 4) {
                    throw new SerializationException("Malformed scoped request of " + bytes.length + " bytes");
                }
                ScreeningRequested request = requests.deserializer().deserialize(topic + "-request", Arrays.copyOfRange(bytes, 4, 4 + length));
                JobEvent job = jobs.deserializer().deserialize(topic + "-job", Arrays.copyOfRange(bytes, 4 + length, bytes.length));
                return new JobScoped(request, job);
            };
        }
    }
}
