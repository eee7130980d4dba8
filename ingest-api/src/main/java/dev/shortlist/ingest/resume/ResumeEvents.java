package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.EventMetadataFactory;
import dev.shortlist.ingest.system.OutgoingEvent;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import dev.shortlist.schemas.topic.TopicCatalog;
import java.util.List;

/** Builds the events of accepted uploads: {@code ResumeUploaded} (key resumeId) and {@code ScreeningRequested} (key jobId:resumeId). */
public final class ResumeEvents {

    private final EventMetadataFactory metadata;
    private final String resumesTopic;
    private final String screeningsTopic;

    public ResumeEvents(EventMetadataFactory metadata, TopicCatalog catalog) {
        this.metadata = metadata;
        this.resumesTopic = catalog.resumes().name();
        this.screeningsTopic = catalog.screenings().name();
    }

    public OutgoingEvent uploaded(
            Caller caller, String correlationId, ResumeIntake.Accepted file, List<String> jobIds, String batchId) {
        ResumeUploaded event = ResumeUploaded.newBuilder()
                .setMetadata(metadata.create(caller, correlationId))
                .setResumeId(file.resumeId())
                .setFileName(file.fileName())
                .setMediaType(file.mediaType())
                .setSizeBytes(file.blob().sizeBytes())
                .setSha256(file.blob().sha256())
                .setBlobRef(file.blob().blobRef())
                .setBatchId(batchId)
                .setJobIds(jobIds)
                .setUploadedAt(metadata.clock().instant())
                .build();
        return new OutgoingEvent(resumesTopic, event.getResumeId(), event);
    }

    public OutgoingEvent screeningRequested(
            Caller caller, String correlationId, String jobId, String resumeId, String batchId) {
        String screeningId = screeningId(jobId, resumeId);
        ScreeningRequested event = ScreeningRequested.newBuilder()
                .setMetadata(metadata.create(caller, correlationId))
                .setScreeningId(screeningId)
                .setJobId(jobId)
                .setResumeId(resumeId)
                .setBatchId(batchId)
                .setTrigger(batchId == null ? ScreeningTrigger.UPLOAD : ScreeningTrigger.BATCH)
                .build();
        return new OutgoingEvent(screeningsTopic, screeningId, event);
    }

    /** One screening is one resume against one job: {@code jobId:resumeId}. */
    public static String screeningId(String jobId, String resumeId) {
        return jobId + ":" + resumeId;
    }
}
