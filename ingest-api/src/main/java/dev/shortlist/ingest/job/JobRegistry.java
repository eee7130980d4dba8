package dev.shortlist.ingest.job;

import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobEvent;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the ingest API knows about jobs: for each job id its organization, latest revision and
 * whether it is open. It is state derived from the jobs topic (the source of truth): rebuilt by
 * replaying the topic at startup, kept current by following it (writes of other instances), and
 * updated directly after this instance's own committed writes. Applying an event is idempotent:
 * an event older than the known revision is ignored, so the replay and the direct update commute.
 */
public final class JobRegistry {

    /** Lifecycle state of a job as far as ingest cares. */
    public enum Status {
        OPEN,
        CLOSED
    }

    /** A job's owner, revision and status. */
    public record JobState(String jobId, String organizationId, int revision, Status status) {}

    private final ConcurrentHashMap<String, JobState> jobs = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    /** Called once the replay has reached the end of the topic as it was at startup. */
    public void markCaughtUp() {
        caughtUp = true;
    }

    /** Whether lookups can be trusted: before the replay catches up, an existing job may look missing. */
    public boolean isCaughtUp() {
        return caughtUp;
    }

    public void apply(JobEvent event) {
        Status status = event.getPayload() instanceof JobClosed ? Status.CLOSED : Status.OPEN;
        JobState next =
                new JobState(event.getJobId(), event.getMetadata().getOrganizationId(), event.getRevision(), status);
        jobs.merge(
                event.getJobId(), next, (known, incoming) -> incoming.revision() > known.revision() ? incoming : known);
    }

    /** The job, if it exists and belongs to the organization (a foreign job looks exactly like a missing one). */
    public Optional<JobState> find(String organizationId, String jobId) {
        JobState state = jobs.get(jobId);
        return state != null && state.organizationId().equals(organizationId) ? Optional.of(state) : Optional.empty();
    }

    public int size() {
        return jobs.size();
    }
}
