package dev.shortlist.query.projection;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * Turns one event into the document writes of the projections it touches: the entity's own
 * projection (versioned by the event's position, built by the entity's mapper) and always one
 * audit-timeline entry ({@link HistoryMapper}).
 *
 * <p>Each projection document is built from one topic only, so its external version (the position
 * in that topic) is comparable across its writes. The two exceptions are creation-only: an upload
 * creates a {@code PENDING} resume document and a {@code BatchCreated} a {@code PENDING} batch with
 * version 0, which the first parse outcome or progress record (version ≥ 1) replaces. The upload's
 * and the batch's own details stay readable in the history entry.
 */
public final class ProjectionMapper {

    /** Current projected state of a job, needed by events that carry no definition ({@code JobClosed}). */
    @FunctionalInterface
    public interface JobLookup {
        Optional<JobDocument> current(String jobId);
    }

    public List<IndexOp> map(EventPosition position, SpecificRecord event, JobLookup jobs) {
        if (event instanceof JobEvent job) {
            return withHistory(position, job.getMetadata(), JobMapper.map(position, job, jobs), event);
        } else if (event instanceof ResumeUploaded upload) {
            return withHistory(position, upload.getMetadata(), ResumeMapper.uploaded(upload), event);
        } else if (event instanceof ResumeParseEvent parse) {
            return withHistory(position, parse.getMetadata(), ResumeMapper.parsed(position, parse), event);
        } else if (event instanceof ScreeningRequested requested) {
            return withHistory(position, requested.getMetadata(), List.of(), event);
        } else if (event instanceof ScreeningResultEvent result) {
            return withHistory(position, result.getMetadata(), ScreeningMapper.map(position, result), event);
        } else if (event instanceof BatchCreated created) {
            return withHistory(position, created.getMetadata(), BatchMapper.created(created), event);
        } else if (event instanceof BatchProgress progress) {
            return withHistory(position, progress.getMetadata(), BatchMapper.progress(position, progress), event);
        } else if (event instanceof CandidateErased erased) {
            return withHistory(position, erased.getMetadata(), List.of(ResumeMapper.erased(erased)), event);
        }
        throw new UnsupportedEventException(event.getSchema().getFullName());
    }

    private static List<IndexOp> withHistory(
            EventPosition position, EventMetadata meta, List<IndexOp> ops, SpecificRecord event) {
        List<IndexOp> all = new ArrayList<>(ops);
        all.add(new IndexOp(
                Projection.HISTORY, meta.getEventId(), position.version(), HistoryMapper.entry(position, meta, event)));
        return all;
    }

    /** An event type the projector does not know; it is dead-lettered rather than guessed at. */
    public static final class UnsupportedEventException extends RuntimeException {
        public UnsupportedEventException(String type) {
            super("No projection for " + type);
        }
    }
}
