package dev.shortlist.query.projection;

import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.job.ScoringWeights;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jobs projection: a job's latest definition and lifecycle, from its {@code JobEvent}s. */
final class JobMapper {

    private JobMapper() {}

    static List<IndexOp> map(EventPosition position, JobEvent event, ProjectionMapper.JobLookup jobs) {
        EventMetadata meta = event.getMetadata();
        String jobId = event.getJobId();
        JobDocument document;
        Object payload = event.getPayload();
        if (payload instanceof JobPosted posted) {
            document = open(
                    event, posted.getDefinition(), new JobDocument.Lifecycle(meta.getOccurredAt(), null, null, null));
        } else if (payload instanceof JobUpdated updated) {
            JobDocument previous = jobs.current(jobId).orElse(null);
            Instant postedAt = previous == null
                    ? meta.getOccurredAt()
                    : previous.lifecycle().postedAt();
            document = open(
                    event,
                    updated.getDefinition(),
                    new JobDocument.Lifecycle(postedAt, meta.getOccurredAt(), null, null));
        } else if (payload instanceof JobClosed closed) {
            // A close carries no definition: the job keeps the one it had when it was closed.
            JobDocument previous = jobs.current(jobId).orElse(null);
            JobDocument.Lifecycle lifecycle = new JobDocument.Lifecycle(
                    previous == null ? null : previous.lifecycle().postedAt(),
                    previous == null ? null : previous.lifecycle().updatedAt(),
                    meta.getOccurredAt(),
                    closed.getReason());
            document = new JobDocument(
                    jobId,
                    meta.getOrganizationId(),
                    event.getRevision(),
                    JobDocument.CLOSED,
                    previous == null ? JobDocument.Definition.NONE : previous.definition(),
                    lifecycle,
                    meta.getEventId());
        } else {
            throw new ProjectionMapper.UnsupportedEventException(
                    "JobEvent payload " + event.getPayload().getClass());
        }
        return List.of(new IndexOp(Projection.JOBS, jobId, position.version(), document));
    }

    private static JobDocument open(JobEvent event, JobDefinition definition, JobDocument.Lifecycle lifecycle) {
        EventMetadata meta = event.getMetadata();
        JobDocument.Requirements requirements = new JobDocument.Requirements(
                List.copyOf(definition.getRequiredSkills()), List.copyOf(definition.getPreferredSkills()),
                definition.getMinimumYears(), definition.getEducationLevel().name());
        return new JobDocument(
                event.getJobId(),
                meta.getOrganizationId(),
                event.getRevision(),
                JobDocument.OPEN,
                new JobDocument.Definition(
                        definition.getTitle(),
                        definition.getDescription(),
                        requirements,
                        definition.getLocation(),
                        definition.getRemote().name(),
                        List.copyOf(definition.getLanguages()),
                        weights(definition.getWeights())),
                lifecycle,
                meta.getEventId());
    }

    private static Map<String, Double> weights(ScoringWeights weights) {
        if (weights == null) {
            return null;
        }
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("requiredSkills", weights.getRequiredSkills());
        map.put("preferredSkills", weights.getPreferredSkills());
        map.put("experience", weights.getExperience());
        map.put("education", weights.getEducation());
        map.put("title", weights.getTitle());
        map.put("languages", weights.getLanguages());
        map.put("semantic", weights.getSemantic());
        return map;
    }
}
