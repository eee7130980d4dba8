package dev.shortlist.schemas.topic;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.serde.SpecificAvroSerde;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every Shortlist topic, declared once: name, key, value type, partitions and cleanup, with serdes
 * built from the given serde configuration ({@code schema.registry.url}, ...). Keys are plain
 * strings; values are Avro in the Confluent wire format.
 *
 * <p>Source-of-truth topics keep records forever (the event log that replays and rescoring read);
 * state-like topics are compacted (latest value per key).
 */
public final class TopicCatalog {

    public static final String JOBS = "shortlist.jobs.v1";
    public static final String RESUMES = "shortlist.resumes.v1";
    public static final String RESUMES_PARSED = "shortlist.resumes.parsed.v1";
    public static final String SCREENINGS = "shortlist.screenings.v1";
    public static final String SCREENINGS_SCORED = "shortlist.screenings.scored.v1";
    public static final String BATCHES = "shortlist.batches.v1";
    public static final String BATCHES_PROGRESS = "shortlist.batches.progress.v1";
    public static final String RESCORES = "shortlist.rescores.v1";
    public static final String ERASURES = "shortlist.erasures.v1";
    public static final String STREAMS_DLQ = "shortlist.streams.dlq.v1";
    public static final String PROJECTIONS_DLQ = "shortlist.projections.dlq.v1";

    private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    private final Map<String, ?> serdeConfig;
    private final int partitions;
    private final Topic<String, JobEvent> jobs;
    private final Topic<String, ResumeUploaded> resumes;
    private final Topic<String, ResumeParseEvent> parsedResumes;
    private final Topic<String, ScreeningRequested> screenings;
    private final Topic<String, ScreeningResultEvent> scoredScreenings;
    private final Topic<String, BatchCreated> batches;
    private final Topic<String, BatchProgress> batchProgress;
    private final Topic<String, RescoreRequested> rescores;
    private final Topic<String, CandidateErased> erasures;
    private final Topic<byte[], byte[]> streamsDeadLetters;
    private final Topic<byte[], byte[]> projectionDeadLetters;

    /**
     * @param serdeConfig serde settings under Confluent's keys; at least {@code schema.registry.url}
     * @param partitions  partitions of every topic (3 locally; size for the consumers you run)
     */
    public TopicCatalog(Map<String, ?> serdeConfig, int partitions) {
        this.serdeConfig = Map.copyOf(serdeConfig);
        this.partitions = partitions;
        Map<String, TopicSpec> specs = new HashMap<>();
        specs(partitions).forEach(spec -> specs.put(spec.name(), spec));
        this.jobs = avro(specs.get(JOBS));
        this.resumes = avro(specs.get(RESUMES));
        this.parsedResumes = avro(specs.get(RESUMES_PARSED));
        this.screenings = avro(specs.get(SCREENINGS));
        this.scoredScreenings = avro(specs.get(SCREENINGS_SCORED));
        this.batches = avro(specs.get(BATCHES));
        this.batchProgress = avro(specs.get(BATCHES_PROGRESS));
        this.rescores = avro(specs.get(RESCORES));
        this.erasures = avro(specs.get(ERASURES));
        this.streamsDeadLetters = raw(specs.get(STREAMS_DLQ));
        this.projectionDeadLetters = raw(specs.get(PROJECTIONS_DLQ));
    }

    /** Job lifecycle events, key jobId. */
    public Topic<String, JobEvent> jobs() {
        return jobs;
    }

    /** Uploaded resumes (claim checks), key resumeId. */
    public Topic<String, ResumeUploaded> resumes() {
        return resumes;
    }

    /** Parse outcomes, key resumeId; compacted: the latest parse of a resume is its profile. */
    public Topic<String, ResumeParseEvent> parsedResumes() {
        return parsedResumes;
    }

    /** Screening requests, key jobId:resumeId. */
    public Topic<String, ScreeningRequested> screenings() {
        return screenings;
    }

    /** Screening outcomes, key jobId:resumeId; every scorer version is kept (history). */
    public Topic<String, ScreeningResultEvent> scoredScreenings() {
        return scoredScreenings;
    }

    /** Batches accepted at ingest, key batchId. */
    public Topic<String, BatchCreated> batches() {
        return batches;
    }

    /** Changelog of the batch aggregate, key batchId; compacted: the latest progress per batch. */
    public Topic<String, BatchProgress> batchProgress() {
        return batchProgress;
    }

    /** Rescore requests, key jobId (job scope) or organizationId (organization scope). */
    public Topic<String, RescoreRequested> rescores() {
        return rescores;
    }

    /** Right-to-erasure requests, key resumeId. */
    public Topic<String, CandidateErased> erasures() {
        return erasures;
    }

    /** Records the streams processor could not read, as received, with error headers. */
    public Topic<byte[], byte[]> streamsDeadLetters() {
        return streamsDeadLetters;
    }

    /** Events the query side could not project, as received, with error headers. */
    public Topic<byte[], byte[]> projectionDeadLetters() {
        return projectionDeadLetters;
    }

    /** Every topic of this catalog, as {@link TopicProvisioner} creates and verifies them. */
    public List<TopicSpec> specs() {
        return List.of(
                jobs.spec(),
                resumes.spec(),
                parsedResumes.spec(),
                screenings.spec(),
                scoredScreenings.spec(),
                batches.spec(),
                batchProgress.spec(),
                rescores.spec(),
                erasures.spec(),
                streamsDeadLetters.spec(),
                projectionDeadLetters.spec());
    }

    /**
     * Every topic with the given partition count, without serdes: what the {@code topics} command
     * needs, which has no registry to talk to.
     */
    public static List<TopicSpec> specs(int partitions) {
        return List.of(
                new TopicSpec(JOBS, partitions, false, null, "jobId", JobEvent.class),
                new TopicSpec(RESUMES, partitions, false, null, "resumeId", ResumeUploaded.class),
                new TopicSpec(RESUMES_PARSED, partitions, true, null, "resumeId", ResumeParseEvent.class),
                new TopicSpec(SCREENINGS, partitions, false, null, "jobId:resumeId", ScreeningRequested.class),
                new TopicSpec(SCREENINGS_SCORED, partitions, false, null, "jobId:resumeId", ScreeningResultEvent.class),
                new TopicSpec(BATCHES, partitions, false, null, "batchId", BatchCreated.class),
                new TopicSpec(BATCHES_PROGRESS, partitions, true, null, "batchId", BatchProgress.class),
                new TopicSpec(RESCORES, partitions, false, null, "jobId | organizationId", RescoreRequested.class),
                new TopicSpec(ERASURES, partitions, false, null, "resumeId", CandidateErased.class),
                new TopicSpec(STREAMS_DLQ, partitions, false, DEAD_LETTER_RETENTION, "original key", byte[].class),
                new TopicSpec(PROJECTIONS_DLQ, partitions, false, DEAD_LETTER_RETENTION, "original key", byte[].class));
    }

    private <V extends SpecificRecord> Topic<String, V> avro(TopicSpec spec) {
        Serde<V> values = new SpecificAvroSerde<>();
        values.configure(serdeConfig, false);
        return new Topic<>(spec, Serdes.String(), values);
    }

    private static Topic<byte[], byte[]> raw(TopicSpec spec) {
        return new Topic<>(spec, Serdes.ByteArray(), Serdes.ByteArray());
    }
}
