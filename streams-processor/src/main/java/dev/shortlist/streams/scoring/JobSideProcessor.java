package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Jobs table, rescoring index and requests waiting for their job; decides per request. */
final class JobSideProcessor
        extends ContextualProcessor<String, ScoringTopology.JobSideInput, String, ScoringTopology.JobSideResult> {

    private final Clock clock;
    private KeyValueStore<String, JobEvent> jobs;
    private KeyValueStore<String, ScreeningRequested> screened;
    private KeyValueStore<String, ScreeningRequested> awaiting;

    JobSideProcessor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, ScoringTopology.JobSideResult> context) {
        super.init(context);
        jobs = context.getStateStore(ScoringTopology.JOBS_STORE);
        screened = context.getStateStore(ScoringTopology.SCREENED_STORE);
        awaiting = context.getStateStore(ScoringTopology.AWAITING_JOB_STORE);
    }

    @Override
    public void process(Record<String, ScoringTopology.JobSideInput> record) {
        ScoringTopology.JobSideInput input = record.value();
        if (input instanceof ScoringTopology.JobChanged changed) {
            onJob(record, changed.job());
        } else if (input instanceof ScoringTopology.Requested requested) {
            ScreeningRequested request = requested.request();
            JobEvent job = jobs.get(request.getJobId());
            if (job == null) {
                awaiting.put(request.getJobId() + ScoringTopology.SEPARATOR + request.getResumeId(), request);
            } else {
                decide(record, request, job);
            }
        } else if (input instanceof ScoringTopology.Rescore rescore) {
            onRescore(record, rescore.rescore());
        }
    }

    private void onJob(Record<String, ScoringTopology.JobSideInput> record, JobEvent job) {
        JobEvent current = jobs.get(job.getJobId());
        if (current != null && current.getRevision() >= job.getRevision()) {
            return; // an older or repeated revision changes nothing
        }
        jobs.put(job.getJobId(), job);
        if (job.getPayload() instanceof JobUpdated) {
            rescore(record, job, job.getMetadata(), ScreeningTrigger.JOB_UPDATED);
        }
        for (KeyValue<String, ScreeningRequested> waiting : ScoringTopology.prefix(awaiting, job.getJobId())) {
            awaiting.delete(waiting.key);
            decide(record, waiting.value, job);
        }
    }

    private void onRescore(Record<String, ScoringTopology.JobSideInput> record, RescoreRequested rescore) {
        String organizationId = rescore.getMetadata().getOrganizationId();
        List<JobEvent> targets = new ArrayList<>();
        if (ScoringTopology.isJobScoped(rescore)) {
            JobEvent job = jobs.get(rescore.getJobId());
            if (job != null) {
                targets.add(job);
            }
        } else {
            try (KeyValueIterator<String, JobEvent> all = jobs.all()) {
                all.forEachRemaining(entry -> targets.add(entry.value));
            }
        }
        for (JobEvent job : targets) {
            // Never across organizations, and a closed job keeps its last scores.
            if (job.getMetadata().getOrganizationId().equals(organizationId) && !ScoringTopology.isClosed(job)) {
                rescore(record, job, rescore.getMetadata(), ScreeningTrigger.RESCORE);
            }
        }
    }

    /** Every resume screened against the job again, as requests caused by {@code cause}. */
    private void rescore(
            Record<String, ScoringTopology.JobSideInput> record,
            JobEvent job,
            EventMetadata cause,
            ScreeningTrigger trigger) {
        for (KeyValue<String, ScreeningRequested> entry : ScoringTopology.prefix(screened, job.getJobId())) {
            ScreeningRequested again = ScreeningRequested.newBuilder(entry.value)
                    .setMetadata(EventMetadata.newBuilder(cause).build())
                    .setTrigger(trigger)
                    .build();
            context()
                    .forward(record.withKey(again.getResumeId())
                            .withValue(new ScoringTopology.ToResume(new ScoringTopology.JobScoped(again, job))));
        }
    }

    private void decide(Record<String, ScoringTopology.JobSideInput> record, ScreeningRequested request, JobEvent job) {
        String screeningId = ScoringTopology.screeningId(request.getJobId(), request.getResumeId());
        if (!request.getMetadata().getOrganizationId().equals(job.getMetadata().getOrganizationId())) {
            context()
                    .forward(record.withKey(screeningId)
                            .withValue(new ScoringTopology.Failed(ScoringTopology.failure(
                                    request,
                                    ScreeningFailureReason.ORGANIZATION_MISMATCH,
                                    "The job belongs to another organization",
                                    null,
                                    clock))));
        } else if (ScoringTopology.isClosed(job)) {
            context()
                    .forward(record.withKey(screeningId)
                            .withValue(new ScoringTopology.Failed(ScoringTopology.failure(
                                    request, ScreeningFailureReason.JOB_CLOSED, "The job is closed", null, clock))));
        } else {
            screened.put(request.getJobId() + ScoringTopology.SEPARATOR + request.getResumeId(), request);
            // Re-keyed by resumeId: the next step is the repartition to the resume's partition.
            context()
                    .forward(record.withKey(request.getResumeId())
                            .withValue(new ScoringTopology.ToResume(new ScoringTopology.JobScoped(request, job))));
        }
    }
}
