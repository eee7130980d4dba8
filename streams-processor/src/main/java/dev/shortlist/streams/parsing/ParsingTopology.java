package dev.shortlist.streams.parsing;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.system.StreamsEvents;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.ValueMapper;

/**
 * {@code ResumeUploaded} (key resumeId) → blob loaded by claim check → parsed → {@code ResumeParseEvent}
 * ({@code ResumeParsed} | {@code ResumeParseFailed}, key resumeId) on the compacted parsed topic;
 * {@code CandidateErased} → tombstone there. Stateless; exactly-once with the rest of the application.
 */
public final class ParsingTopology {

    public static final String RESUMES_SOURCE = "parsing-resumes-source";
    public static final String LOAD_BLOB = "parsing-load-blob";
    public static final String SPLIT = "parsing-split-";
    public static final String BLOB_FOUND = "blob-found";
    public static final String BLOB_MISSING = "blob-missing";
    public static final String PARSE = "parsing-parse";
    public static final String FAIL_MISSING_BLOB = "parsing-fail-missing-blob";
    public static final String MERGE_OUTCOMES = "parsing-merge-outcomes";
    public static final String SINK = "parsing-sink";
    public static final String ERASURES_SOURCE = "parsing-erasures-source";
    public static final String ERASE_PROFILE = "parsing-erase-profile";
    public static final String ERASURES_SINK = "parsing-erasures-sink";

    private ParsingTopology() {}

    /** An upload with its document, when the blob could be read. */
    record Loaded(ResumeUploaded upload, Optional<byte[]> content) {}

    public static void build(
            StreamsBuilder builder,
            TopicCatalog topics,
            FileBlobStoreAdapter blobs,
            ResumeParsingAdapter parser,
            Clock clock) {
        Map<String, KStream<String, Loaded>> loaded = builder.stream(
                        topics.resumes().name(),
                        Consumed.with(
                                        topics.resumes().keySerde(),
                                        topics.resumes().valueSerde())
                                .withName(RESUMES_SOURCE))
                .mapValues(upload -> new Loaded(upload, blobs.load(upload.getBlobRef())), Named.as(LOAD_BLOB))
                .split(Named.as(SPLIT))
                .branch((resumeId, value) -> value.content().isPresent(), Branched.as(BLOB_FOUND))
                .defaultBranch(Branched.as(BLOB_MISSING));

        KStream<String, ResumeParseEvent> parsed = loaded.get(SPLIT + BLOB_FOUND)
                .mapValues(
                        value -> outcome(
                                value.upload(),
                                parser.parse(value.upload(), value.content().orElseThrow()),
                                parser.parserVersion(),
                                clock),
                        Named.as(PARSE));

        KStream<String, ResumeParseEvent> missing = loaded.get(SPLIT + BLOB_MISSING)
                .mapValues(
                        value -> outcome(
                                value.upload(),
                                new ResumeParsingAdapter.Failed(
                                        ParseFailureReason.BLOB_MISSING,
                                        "No document stored under "
                                                + value.upload().getBlobRef()),
                                parser.parserVersion(),
                                clock),
                        Named.as(FAIL_MISSING_BLOB));

        parsed.merge(missing, Named.as(MERGE_OUTCOMES))
                .to(
                        topics.parsedResumes().name(),
                        Produced.with(
                                        topics.parsedResumes().keySerde(),
                                        topics.parsedResumes().valueSerde())
                                .withName(SINK));

        // Right to erasure: a tombstone removes the profile from the compacted topic and from every
        // store built from it (the scoring topology deletes its copy when it reads the tombstone).
        builder.stream(
                        topics.erasures().name(),
                        Consumed.with(
                                        topics.erasures().keySerde(),
                                        topics.erasures().valueSerde())
                                .withName(ERASURES_SOURCE))
                .mapValues((ValueMapper<CandidateErased, ResumeParseEvent>) erased -> null, Named.as(ERASE_PROFILE))
                .to(
                        topics.parsedResumes().name(),
                        Produced.with(
                                        topics.parsedResumes().keySerde(),
                                        topics.parsedResumes().valueSerde())
                                .withName(ERASURES_SINK));
    }

    static ResumeParseEvent outcome(
            ResumeUploaded upload, ResumeParsingAdapter.Outcome outcome, String parserVersion, Clock clock) {
        Object payload = outcome instanceof ResumeParsingAdapter.Parsed parsed
                ? parsed.profile()
                : new ResumeParseFailed(
                        ((ResumeParsingAdapter.Failed) outcome).reason(),
                        ((ResumeParsingAdapter.Failed) outcome).detail(),
                        parserVersion);
        return ResumeParseEvent.newBuilder()
                .setMetadata(StreamsEvents.causedBy(upload.getMetadata(), clock.instant()))
                .setResumeId(upload.getResumeId())
                .setBatchId(upload.getBatchId())
                .setPayload(payload)
                .build();
    }
}
