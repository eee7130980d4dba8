package dev.shortlist.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobRegistryTest {

    private static JobEvent event(String jobId, int revision, Object payload) {
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.parse("2026-11-23T08:00:00Z"))
                .setOrganizationId("org-a")
                .setProducer("test")
                .build();
        return new JobEvent(metadata, jobId, revision, payload);
    }

    private static JobDefinition definition() {
        return JobDefinition.newBuilder()
                .setTitle("Cook")
                .setDescription("Kitchen")
                .build();
    }

    @Test
    void replayedAndDirectUpdatesCommuteBecauseOlderRevisionsAreIgnored() {
        JobRegistry registry = new JobRegistry();
        registry.apply(event("JOB_1", 1, new JobPosted(definition())));
        registry.apply(event("JOB_1", 3, new JobClosed("filled")));
        registry.apply(event("JOB_1", 2, new JobUpdated(definition())));

        assertThat(registry.find("org-a", "JOB_1"))
                .hasValue(new JobRegistry.JobState("JOB_1", "org-a", 3, JobRegistry.Status.CLOSED));
    }

    @Test
    void anotherOrganizationsJobIsNotFound() {
        JobRegistry registry = new JobRegistry();
        registry.apply(event("JOB_1", 1, new JobPosted(definition())));

        assertThat(registry.find("org-b", "JOB_1")).isEmpty();
        assertThat(registry.find("org-a", "JOB_2")).isEmpty();
    }
}
