package dev.shortlist.ingest.job;

import dev.shortlist.ingest.system.ApiException;
import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.EventLogUnavailableException;
import dev.shortlist.ingest.system.EventMetadataFactory;
import dev.shortlist.ingest.system.EventPublisher;
import dev.shortlist.ingest.system.Ids;
import dev.shortlist.ingest.system.OutgoingEvent;
import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.job.RemotePolicy;
import dev.shortlist.schemas.job.ScoringWeights;
import dev.shortlist.schemas.topic.TopicCatalog;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Posts, updates and closes jobs as {@code JobEvent}s (key jobId) and answers whether a job of an
 * organization exists and is open. Writes to one job are serialised (jobs change rarely), so
 * revisions are assigned without gaps or races on this instance.
 */
@Service
public class JobService {

    private final JobRegistry registry;
    private final EventPublisher publisher;
    private final EventMetadataFactory metadata;
    private final Ids ids;
    private final String topic;

    JobService(
            JobRegistry registry,
            EventPublisher publisher,
            EventMetadataFactory metadata,
            Ids ids,
            TopicCatalog catalog) {
        this.registry = registry;
        this.publisher = publisher;
        this.metadata = metadata;
        this.ids = ids;
        this.topic = catalog.jobs().name();
    }

    public JobRegistry.JobState post(Caller caller, JobRequest request) {
        String jobId = ids.job();
        JobEvent event =
                new JobEvent(metadata.create(caller, caller.requestId()), jobId, 1, new JobPosted(definition(request)));
        return write(event);
    }

    public synchronized JobRegistry.JobState update(Caller caller, String jobId, JobRequest request) {
        JobRegistry.JobState current = requireOpen(caller, jobId);
        JobEvent event = new JobEvent(
                metadata.create(caller, caller.requestId()),
                jobId,
                current.revision() + 1,
                new JobUpdated(definition(request)));
        return write(event);
    }

    public synchronized JobRegistry.JobState close(Caller caller, String jobId, String reason) {
        JobRegistry.JobState current = requireOpen(caller, jobId);
        JobEvent event = new JobEvent(
                metadata.create(caller, caller.requestId()), jobId, current.revision() + 1, new JobClosed(reason));
        return write(event);
    }

    /** The job if it exists in the caller's organization and is open; 404 or 409 otherwise. */
    public JobRegistry.JobState requireOpen(Caller caller, String jobId) {
        if (!registry.isCaughtUp()) {
            throw new EventLogUnavailableException("The job index is still being rebuilt from the event log", null);
        }
        JobRegistry.JobState job =
                registry.find(caller.organizationId(), jobId).orElseThrow(() -> ApiException.jobNotFound(jobId));
        if (job.status() == JobRegistry.Status.CLOSED) {
            throw ApiException.jobClosed(jobId);
        }
        return job;
    }

    private JobRegistry.JobState write(JobEvent event) {
        publisher.publish(List.of(new OutgoingEvent(topic, event.getJobId(), event)));
        registry.apply(event);
        return registry.find(event.getMetadata().getOrganizationId(), event.getJobId())
                .orElseThrow();
    }

    static JobDefinition definition(JobRequest request) {
        JobDefinition.Builder definition = JobDefinition.newBuilder()
                .setTitle(request.title().strip())
                .setDescription(request.description().strip())
                .setRequiredSkills(clean(request.requiredSkills()))
                .setPreferredSkills(clean(request.preferredSkills()))
                .setMinimumYears(request.minimumYears())
                .setEducationLevel(Objects.requireNonNullElse(request.educationLevel(), EducationLevel.UNKNOWN))
                .setLocation(
                        request.location() == null || request.location().isBlank()
                                ? null
                                : request.location().strip())
                .setRemote(Objects.requireNonNullElse(request.remote(), RemotePolicy.UNKNOWN))
                .setLanguages(clean(request.languages()).stream()
                        .map(l -> l.toLowerCase(java.util.Locale.ROOT))
                        .toList());
        if (request.weights() != null) {
            JobRequest.Weights w = request.weights();
            ScoringWeights.Builder weights = ScoringWeights.newBuilder();
            if (w.requiredSkills() != null) {
                weights.setRequiredSkills(w.requiredSkills());
            }
            if (w.preferredSkills() != null) {
                weights.setPreferredSkills(w.preferredSkills());
            }
            if (w.experience() != null) {
                weights.setExperience(w.experience());
            }
            if (w.education() != null) {
                weights.setEducation(w.education());
            }
            if (w.title() != null) {
                weights.setTitle(w.title());
            }
            if (w.languages() != null) {
                weights.setLanguages(w.languages());
            }
            if (w.semantic() != null) {
                weights.setSemantic(w.semantic());
            }
            definition.setWeights(weights.build());
        }
        return definition.build();
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList();
    }
}
