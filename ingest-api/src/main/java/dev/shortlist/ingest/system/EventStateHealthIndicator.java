package dev.shortlist.ingest.system;

import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ResumeIndex;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Ready once the job registry and the resume index have been rebuilt from their topics. */
final class EventStateHealthIndicator implements HealthIndicator {

    private final JobRegistry jobs;
    private final ResumeIndex resumes;

    EventStateHealthIndicator(JobRegistry jobs, ResumeIndex resumes) {
        this.jobs = jobs;
        this.resumes = resumes;
    }

    @Override
    public Health health() {
        Health.Builder builder = jobs.isCaughtUp() && resumes.isCaughtUp() ? Health.up() : Health.outOfService();
        return builder.withDetail("jobsReplayed", jobs.isCaughtUp())
                .withDetail("jobs", jobs.size())
                .withDetail("resumesReplayed", resumes.isCaughtUp())
                .withDetail("resumes", resumes.size())
                .build();
    }
}
