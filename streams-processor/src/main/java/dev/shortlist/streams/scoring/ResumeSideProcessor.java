package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Parsed profiles and requests waiting for their resume; scores when both are there. */
final class ResumeSideProcessor
        extends ContextualProcessor<String, ScoringTopology.ResumeSideInput, String, ScreeningResultEvent> {

    private final ScreeningScorerAdapter scorer;
    private final Clock clock;
    private KeyValueStore<String, ResumeParseEvent> profiles;
    private KeyValueStore<String, ScoringTopology.JobScoped> awaiting;

    ResumeSideProcessor(ScreeningScorerAdapter scorer, Clock clock) {
        this.scorer = scorer;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, ScreeningResultEvent> context) {
        super.init(context);
        profiles = context.getStateStore(ScoringTopology.PROFILES_STORE);
        awaiting = context.getStateStore(ScoringTopology.AWAITING_RESUME_STORE);
    }

    @Override
    public void process(Record<String, ScoringTopology.ResumeSideInput> record) {
        String resumeId = record.key();
        if (record.value() instanceof ScoringTopology.ProfileChanged changed) {
            ResumeParseEvent profile = changed.profile();
            List<KeyValue<String, ScoringTopology.JobScoped>> waiting = ScoringTopology.prefix(awaiting, resumeId);
            waiting.forEach(entry -> awaiting.delete(entry.key));
            if (profile == null) {
                profiles.delete(resumeId);
                waiting.forEach(entry -> emit(
                        record,
                        ScoringTopology.failure(
                                entry.value.request(),
                                ScreeningFailureReason.RESUME_ERASED,
                                "The candidate's data was erased",
                                null,
                                clock)));
            } else {
                ResumeParseEvent stored = ScoringTopology.asStored(profile);
                profiles.put(resumeId, stored);
                waiting.forEach(entry -> emit(record, score(entry.value, stored)));
            }
        } else {
            ScoringTopology.JobScoped scoped = ((ScoringTopology.Scoped) record.value()).scoped();
            ResumeParseEvent profile = profiles.get(resumeId);
            if (profile == null) {
                // Not parsed yet: the latest request for this job waits for the parse outcome.
                awaiting.put(
                        resumeId + ScoringTopology.SEPARATOR + scoped.request().getJobId(), scoped);
            } else {
                emit(record, score(scoped, profile));
            }
        }
    }

    private ScreeningResultEvent score(ScoringTopology.JobScoped scoped, ResumeParseEvent profile) {
        ScreeningRequested request = scoped.request();
        JobEvent job = scoped.job();
        if (!profile.getMetadata().getOrganizationId().equals(job.getMetadata().getOrganizationId())) {
            return ScoringTopology.failure(
                    request,
                    ScreeningFailureReason.ORGANIZATION_MISMATCH,
                    "The resume belongs to another organization",
                    null,
                    clock);
        }
        if (profile.getPayload() instanceof ResumeParseFailed parseFailed) {
            return ScoringTopology.failure(
                    request,
                    ScreeningFailureReason.PARSE_FAILED,
                    "The resume could not be parsed: " + parseFailed.getDetail(),
                    parseFailed,
                    clock);
        }
        return ScoringTopology.result(
                request,
                scorer.score(
                        job.getJobId(),
                        job.getRevision(),
                        ScoringTopology.definition(job),
                        request.getResumeId(),
                        (ResumeParsed) profile.getPayload()),
                clock);
    }

    private void emit(Record<String, ScoringTopology.ResumeSideInput> record, ScreeningResultEvent result) {
        context().forward(record.withKey(result.getScreeningId()).withValue(result));
    }
}
