package dev.shortlist.query.projection;

import static dev.shortlist.query.projection.Facets.details;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** The audit timeline: what one event of any kind shows as a history entry (entity, summary, details). */
final class HistoryMapper {

    private HistoryMapper() {}

    /** What the timeline shows of an event besides its envelope. */
    private record Described(String type, HistoryEntry.Subject subject, HistoryEntry.Description description) {

        Described(
                String type,
                String entityType,
                String entityId,
                String jobId,
                String resumeId,
                String batchId,
                String summary,
                Map<String, Object> details) {
            this(
                    type,
                    new HistoryEntry.Subject(entityType, entityId, jobId, resumeId, batchId),
                    new HistoryEntry.Description(summary, details));
        }
    }

    static HistoryEntry entry(EventPosition position, EventMetadata meta, SpecificRecord event) {
        Described described = describe(event);
        return new HistoryEntry(
                meta.getEventId(),
                described.type(),
                new HistoryEntry.Source(position.topic(), position.partition(), position.offset()),
                meta.getOrganizationId(),
                described.subject(),
                new HistoryEntry.Origin(
                        meta.getOccurredAt(), meta.getActor(), meta.getCorrelationId(), meta.getProducer()),
                described.description(),
                false);
    }

    private static Described describe(SpecificRecord event) {
        if (event instanceof JobEvent job) {
            return job(job);
        } else if (event instanceof ResumeUploaded upload) {
            return upload(upload);
        } else if (event instanceof ResumeParseEvent parse) {
            return parse(parse);
        } else if (event instanceof ScreeningRequested requested) {
            return requested(requested);
        } else if (event instanceof ScreeningResultEvent result) {
            return result(result);
        } else if (event instanceof BatchCreated created) {
            return batchCreated(created);
        } else if (event instanceof BatchProgress progress) {
            return batchProgress(progress);
        } else if (event instanceof CandidateErased erased) {
            return new Described(
                    "CandidateErased",
                    "resume",
                    erased.getResumeId(),
                    null,
                    erased.getResumeId(),
                    null,
                    "Candidate erased",
                    details("reason", erased.getReason()));
        }
        throw new ProjectionMapper.UnsupportedEventException(event.getSchema().getFullName());
    }

    private static Described job(JobEvent event) {
        String jobId = event.getJobId();
        Object payload = event.getPayload();
        if (payload instanceof JobPosted posted) {
            return new Described(
                    "JobPosted",
                    "job",
                    jobId,
                    jobId,
                    null,
                    null,
                    "Job posted: " + posted.getDefinition().getTitle(),
                    details(
                            "revision",
                            event.getRevision(),
                            "title",
                            posted.getDefinition().getTitle(),
                            "requiredSkills",
                            posted.getDefinition().getRequiredSkills()));
        } else if (payload instanceof JobUpdated updated) {
            return new Described(
                    "JobUpdated",
                    "job",
                    jobId,
                    jobId,
                    null,
                    null,
                    "Job updated to revision " + event.getRevision() + ": "
                            + updated.getDefinition().getTitle(),
                    details(
                            "revision",
                            event.getRevision(),
                            "title",
                            updated.getDefinition().getTitle(),
                            "requiredSkills",
                            updated.getDefinition().getRequiredSkills()));
        } else if (payload instanceof JobClosed closed) {
            return new Described(
                    "JobClosed",
                    "job",
                    jobId,
                    jobId,
                    null,
                    null,
                    "Job closed" + (closed.getReason() == null ? "" : ": " + closed.getReason()),
                    details("revision", event.getRevision(), "reason", closed.getReason()));
        }
        throw new ProjectionMapper.UnsupportedEventException(
                "JobEvent payload " + event.getPayload().getClass());
    }

    private static Described upload(ResumeUploaded upload) {
        return new Described(
                "ResumeUploaded",
                "resume",
                upload.getResumeId(),
                null,
                upload.getResumeId(),
                upload.getBatchId(),
                "Resume uploaded: " + upload.getFileName() + " (" + upload.getMediaType() + ", " + upload.getSizeBytes()
                        + " bytes)",
                details(
                        "fileName",
                        upload.getFileName(),
                        "mediaType",
                        upload.getMediaType(),
                        "sizeBytes",
                        upload.getSizeBytes(),
                        "sha256",
                        upload.getSha256(),
                        "jobIds",
                        upload.getJobIds(),
                        "uploadedAt",
                        upload.getUploadedAt().toString()));
    }

    private static Described parse(ResumeParseEvent event) {
        Object payload = event.getPayload();
        if (payload instanceof ResumeParsed parsed) {
            return new Described(
                    "ResumeParsed",
                    "resume",
                    event.getResumeId(),
                    null,
                    event.getResumeId(),
                    event.getBatchId(),
                    "Resume parsed: " + parsed.getSkills().size()
                            + " skills, " + parsed.getExperience().size() + " positions, "
                            + String.format(Locale.ROOT, "%.1f", parsed.getTotalYears()) + " years",
                    details(
                            "parserVersion",
                            parsed.getParserVersion(),
                            "documentLanguage",
                            parsed.getDocumentLanguage(),
                            "missingFields",
                            parsed.getMissingFields()));
        } else if (payload instanceof ResumeParseFailed failed) {
            return new Described(
                    "ResumeParseFailed",
                    "resume",
                    event.getResumeId(),
                    null,
                    event.getResumeId(),
                    event.getBatchId(),
                    "Resume could not be parsed: " + failed.getReason(),
                    details("reason", failed.getReason().name(), "detail", failed.getDetail()));
        }
        throw new ProjectionMapper.UnsupportedEventException(
                "ResumeParseEvent payload " + event.getPayload().getClass());
    }

    private static Described requested(ScreeningRequested requested) {
        return new Described(
                "ScreeningRequested",
                "screening",
                requested.getScreeningId(),
                requested.getJobId(),
                requested.getResumeId(),
                requested.getBatchId(),
                "Screening against " + requested.getJobId() + " requested (" + requested.getTrigger() + ")",
                details("trigger", requested.getTrigger().name()));
    }

    private static Described result(ScreeningResultEvent event) {
        Object payload = event.getPayload();
        if (payload instanceof ScreeningScored scored) {
            return new Described(
                    "ScreeningScored",
                    "screening",
                    event.getScreeningId(),
                    event.getJobId(),
                    event.getResumeId(),
                    event.getBatchId(),
                    "Scored "
                            + String.format(Locale.ROOT, "%.1f", scored.getScore()) + " (" + scored.getBand()
                            + ") against " + event.getJobId() + " with scorer " + scored.getScorerVersion(),
                    details(
                            "score",
                            scored.getScore(),
                            "band",
                            scored.getBand().name(),
                            "scorerVersion",
                            scored.getScorerVersion(),
                            "jobRevision",
                            scored.getJobRevision()));
        } else if (payload instanceof ScreeningFailed failed) {
            return new Described(
                    "ScreeningFailed",
                    "screening",
                    event.getScreeningId(),
                    event.getJobId(),
                    event.getResumeId(),
                    event.getBatchId(),
                    "Screening against " + event.getJobId() + " failed: " + failed.getReason(),
                    details("reason", failed.getReason().name(), "detail", failed.getDetail()));
        }
        throw new ProjectionMapper.UnsupportedEventException(
                "ScreeningResultEvent payload " + event.getPayload().getClass());
    }

    private static Described batchCreated(BatchCreated created) {
        return new Described(
                "BatchCreated",
                "batch",
                created.getBatchId(),
                created.getJobId(),
                null,
                created.getBatchId(),
                "Batch created: " + created.getTotal() + " resumes accepted, "
                        + created.getRejections().size() + " rejected",
                details(
                        "total",
                        created.getTotal(),
                        "resumeIds",
                        created.getResumeIds(),
                        "rejections",
                        created.getRejections().stream()
                                .map(r -> details(
                                        "fileName", r.getFileName(), "reason", r.getReason(), "detail", r.getDetail()))
                                .toList()));
    }

    private static Described batchProgress(BatchProgress progress) {
        return new Described(
                "BatchProgress",
                "batch",
                progress.getBatchId(),
                progress.getJobId(),
                null,
                progress.getBatchId(),
                "Batch " + progress.getStatus() + ": " + progress.getProcessed() + "/" + progress.getTotal()
                        + " processed, " + progress.getFailed() + " failed",
                details(
                        "status",
                        progress.getStatus().name(),
                        "processed",
                        progress.getProcessed(),
                        "succeeded",
                        progress.getSucceeded(),
                        "failed",
                        progress.getFailed(),
                        "total",
                        progress.getTotal()));
    }
}
