package dev.shortlist.ingest.batch;

import dev.shortlist.ingest.job.JobService;
import dev.shortlist.ingest.resume.ResumeEvents;
import dev.shortlist.ingest.resume.ResumeIntake;
import dev.shortlist.ingest.resume.ResumeService;
import dev.shortlist.ingest.resume.Sizes;
import dev.shortlist.ingest.system.ApiException;
import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.EventMetadataFactory;
import dev.shortlist.ingest.system.EventPublisher;
import dev.shortlist.ingest.system.Ids;
import dev.shortlist.ingest.system.IngestMetrics;
import dev.shortlist.ingest.system.IngestProperties;
import dev.shortlist.ingest.system.OutgoingEvent;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.FileRejection;
import dev.shortlist.schemas.topic.TopicCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Batches: many files and/or ZIPs for one job. Good files are accepted and bad ones reported; the
 * batch's events ({@code BatchCreated}, each new {@code ResumeUploaded}, each
 * {@code ScreeningRequested}) are written in one transaction, so consumers see all or none.
 */
@Service
public class BatchService {

    private final ResumeIntake intake;
    private final ResumeService resumes;
    private final ResumeEvents events;
    private final JobService jobs;
    private final EventPublisher publisher;
    private final EventMetadataFactory metadata;
    private final IngestMetrics metrics;
    private final Ids ids;
    private final IngestProperties properties;
    private final String batchesTopic;

    BatchService(
            ResumeIntake intake,
            ResumeService resumes,
            ResumeEvents events,
            JobService jobs,
            EventPublisher publisher,
            EventMetadataFactory metadata,
            IngestMetrics metrics,
            Ids ids,
            IngestProperties properties,
            TopicCatalog catalog) {
        this.intake = intake;
        this.resumes = resumes;
        this.events = events;
        this.jobs = jobs;
        this.publisher = publisher;
        this.metadata = metadata;
        this.metrics = metrics;
        this.ids = ids;
        this.properties = properties;
        this.batchesTopic = catalog.batches().name();
    }

    public BatchResponse create(Caller caller, String jobId, List<ResumeIntake.Upload> uploads) {
        jobs.requireOpen(caller, jobId);
        resumes.requireIndex();
        long uploadedBytes =
                uploads.stream().mapToLong(ResumeIntake.Upload::size).sum();
        if (uploadedBytes > properties.maxBatchSize().toBytes()) {
            throw batchTooLarge("The batch carries " + uploadedBytes + " bytes; the limit is "
                    + Sizes.describe(properties.maxBatchSize().toBytes()) + ".");
        }
        String batchId = ids.batch();
        List<ResumeIntake.Outcome> outcomes = intake.acceptBatch(caller.organizationId(), uploads);
        List<ResumeIntake.Accepted> accepted = new ArrayList<>();
        List<ResumeIntake.Rejected> rejected = new ArrayList<>();
        outcomes.forEach(o -> {
            if (o instanceof ResumeIntake.Accepted a) {
                accepted.add(a);
            } else {
                rejected.add((ResumeIntake.Rejected) o);
            }
        });
        long acceptedBytes =
                accepted.stream().mapToLong(a -> a.blob().sizeBytes()).sum();
        if (accepted.size() > properties.maxBatchFiles()
                || acceptedBytes > properties.maxBatchSize().toBytes()) {
            intake.release(caller.organizationId(), accepted);
            throw accepted.size() > properties.maxBatchFiles()
                    ? new ApiException(
                                    HttpStatus.CONTENT_TOO_LARGE,
                                    "too-many-files",
                                    "Too many files",
                                    "The batch has " + accepted.size() + " acceptable files; the limit is "
                                            + properties.maxBatchFiles() + ". Split it into several batches.")
                            .with("reason", "TOO_MANY_FILES")
                    : batchTooLarge("The batch's files add up to " + acceptedBytes + " bytes; the limit is "
                            + Sizes.describe(properties.maxBatchSize().toBytes()) + ".");
        }
        rejected.forEach(r -> metrics.rejected(r.reason().name()));
        List<BatchResponse.RejectedFile> rejectedFiles = rejected.stream()
                .map(r ->
                        new BatchResponse.RejectedFile(r.fileName(), r.reason().name(), r.detail()))
                .toList();
        if (accepted.isEmpty()) {
            throw new ApiException(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "no-acceptable-files",
                            "No acceptable files",
                            "None of the " + rejected.size()
                                    + " files could be accepted; see 'rejected' for each file's reason.")
                    .with("rejected", rejectedFiles);
        }

        // The same content twice in one batch is one resume: it is counted and screened once.
        Set<String> resumeIds = new LinkedHashSet<>();
        List<OutgoingEvent> out = new ArrayList<>();
        List<String> jobIds = List.of(jobId);
        for (ResumeIntake.Accepted file : accepted) {
            if (!file.isDuplicate()) {
                out.add(events.uploaded(caller, batchId, file, jobIds, batchId));
            }
            if (resumeIds.add(file.resumeId())) {
                out.add(events.screeningRequested(caller, batchId, jobId, file.resumeId(), batchId));
            }
        }
        BatchCreated created = BatchCreated.newBuilder()
                .setMetadata(metadata.create(caller, batchId))
                .setBatchId(batchId)
                .setJobId(jobId)
                .setResumeIds(List.copyOf(resumeIds))
                .setTotal(resumeIds.size())
                .setRejections(rejected.stream()
                        .map(r -> new FileRejection(r.fileName(), r.reason().name(), r.detail()))
                        .toList())
                .setCreatedAt(metadata.clock().instant())
                .build();
        out.add(0, new OutgoingEvent(batchesTopic, batchId, created));
        try {
            publisher.publish(out);
        } catch (RuntimeException e) {
            intake.release(caller.organizationId(), accepted);
            metrics.publishFailed();
            throw e;
        }
        accepted.forEach(a -> metrics.accepted("batch", a.blob().sizeBytes(), a.isDuplicate()));
        metrics.batch(resumeIds.size());

        String base = properties.queryBaseUrl().toString().replaceAll("/+$", "") + "/api/v1/batches/" + batchId;
        return new BatchResponse(
                batchId,
                jobId,
                resumeIds.size(),
                List.copyOf(resumeIds),
                accepted.stream()
                        .map(a -> new BatchResponse.AcceptedFile(
                                a.fileName(),
                                a.resumeId(),
                                a.duplicateOf(),
                                a.mediaType(),
                                a.blob().sizeBytes(),
                                a.blob().sha256()))
                        .toList(),
                rejectedFiles,
                Map.of("status", base, "progress", base + "/events"));
    }

    /** 413 {@code batch-too-large}: the detail states the configured limit. */
    public static ApiException batchTooLarge(String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "Batch too large", detail)
                .with("reason", "BATCH_TOO_LARGE");
    }
}
