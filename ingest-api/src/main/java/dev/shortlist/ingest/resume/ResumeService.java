package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.job.JobService;
import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.EventLogUnavailableException;
import dev.shortlist.ingest.system.EventPublisher;
import dev.shortlist.ingest.system.IngestMetrics;
import dev.shortlist.ingest.system.IngestProperties;
import dev.shortlist.ingest.system.OutgoingEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Single resume uploads: one {@code ResumeUploaded} (unless the content is a duplicate) and one
 * {@code ScreeningRequested} per job, written together in one transaction.
 */
@Service
public class ResumeService {

    private final ResumeIntake intake;
    private final ResumeIndex index;
    private final ResumeEvents events;
    private final JobService jobs;
    private final EventPublisher publisher;
    private final IngestMetrics metrics;
    private final String queryBaseUrl;

    ResumeService(
            ResumeIntake intake,
            ResumeIndex index,
            ResumeEvents events,
            JobService jobs,
            EventPublisher publisher,
            IngestMetrics metrics,
            IngestProperties properties) {
        this.intake = intake;
        this.index = index;
        this.events = events;
        this.jobs = jobs;
        this.publisher = publisher;
        this.metrics = metrics;
        this.queryBaseUrl = properties.queryBaseUrl().toString().replaceAll("/+$", "");
    }

    public ResumeResponse upload(Caller caller, ResumeIntake.Upload upload, List<String> requestedJobIds) {
        List<String> jobIds = List.copyOf(new LinkedHashSet<>(requestedJobIds == null ? List.of() : requestedJobIds));
        jobIds.forEach(jobId -> jobs.requireOpen(caller, jobId));
        requireIndex();
        ResumeIntake.Outcome outcome = intake.acceptOne(caller.organizationId(), upload);
        if (outcome instanceof ResumeIntake.Rejected rejected) {
            metrics.rejected(rejected.reason().name());
            throw new FileRejectedException(rejected);
        }
        ResumeIntake.Accepted file = (ResumeIntake.Accepted) outcome;
        List<OutgoingEvent> out = new ArrayList<>();
        if (!file.isDuplicate()) {
            out.add(events.uploaded(caller, caller.requestId(), file, jobIds, null));
        }
        jobIds.forEach(
                jobId -> out.add(events.screeningRequested(caller, caller.requestId(), jobId, file.resumeId(), null)));
        if (!out.isEmpty()) {
            try {
                publisher.publish(out);
            } catch (RuntimeException e) {
                intake.release(caller.organizationId(), List.of(file));
                metrics.publishFailed();
                throw e;
            }
        }
        metrics.accepted("single", file.blob().sizeBytes(), file.isDuplicate());
        return new ResumeResponse(
                file.resumeId(),
                file.duplicateOf(),
                file.fileName(),
                file.mediaType(),
                file.blob().sizeBytes(),
                file.blob().sha256(),
                jobIds.stream()
                        .map(jobId -> ResumeEvents.screeningId(jobId, file.resumeId()))
                        .toList(),
                links(file.resumeId()));
    }

    /** Links to follow a resume on query-api. */
    public Map<String, String> links(String resumeId) {
        String profile = queryBaseUrl + "/api/v1/resumes/" + resumeId;
        return Map.of("profile", profile, "status", profile + "/status");
    }

    /** Duplicate detection needs the full index: before it is rebuilt, uploads wait (503). */
    public void requireIndex() {
        if (!index.isCaughtUp()) {
            throw new EventLogUnavailableException("The resume index is still being rebuilt from the event log", null);
        }
    }
}
