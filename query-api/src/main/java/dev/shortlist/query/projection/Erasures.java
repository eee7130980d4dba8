package dev.shortlist.query.projection;

import dev.shortlist.schemas.admin.CandidateErased;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tombstones for everything derived from an erased resume: its screenings, score history and
 * timeline entries, both those already indexed and those earlier in the batch being projected.
 * Tombstones carry the highest version, so no later replay of an older event can bring the data back.
 */
final class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final ProjectionLookups lookups;

    Erasures(ProjectionLookups lookups) {
        this.lookups = lookups;
    }

    List<IndexOp> tombstones(CandidateErased erased, List<IndexOp> earlierInBatch) {
        String resumeId = erased.getResumeId();
        String eventId = erased.getMetadata().getEventId();
        Map<String, IndexOp> tombstones = new HashMap<>();
        try {
            for (ScreeningDocument s :
                    lookups.byResume(Projection.SCREENINGS, "screeningId", resumeId, ScreeningDocument.class)) {
                tombstones.put("s:" + s.screeningId(), screening(s, eventId));
            }
            for (ScoreHistoryDocument h :
                    lookups.byResume(Projection.SCREENING_HISTORY, "eventId", resumeId, ScoreHistoryDocument.class)) {
                tombstones.put("h:" + h.eventId(), score(h));
            }
            for (HistoryEntry h : lookups.byResume(Projection.HISTORY, "eventId", resumeId, HistoryEntry.class)) {
                tombstones.put("t:" + h.eventId(), timeline(h));
            }
        } catch (IOException e) {
            throw new Projector.ProjectionUnavailableException(
                    "Could not look up documents of erased resume " + resumeId, e);
        }
        for (IndexOp op : earlierInBatch) {
            if (op.document() instanceof ScreeningDocument s
                    && resumeId.equals(s.keys().resumeId())) {
                tombstones.put("s:" + s.screeningId(), screening(s, eventId));
            } else if (op.document() instanceof ScoreHistoryDocument h
                    && resumeId.equals(h.keys().resumeId())) {
                tombstones.put("h:" + h.eventId(), score(h));
            } else if (op.document() instanceof HistoryEntry h
                    && resumeId.equals(h.subject().resumeId())) {
                tombstones.put("t:" + h.eventId(), timeline(h));
            }
        }
        log.info(
                "Erasing resume {} of {}: {} derived documents",
                resumeId,
                erased.getMetadata().getOrganizationId(),
                tombstones.size());
        return List.copyOf(tombstones.values());
    }

    private static IndexOp screening(ScreeningDocument s, String eventId) {
        return new IndexOp(
                Projection.SCREENINGS,
                s.screeningId(),
                IndexOp.ERASED,
                ScreeningDocument.erased(s.screeningId(), s.keys(), eventId));
    }

    private static IndexOp score(ScoreHistoryDocument h) {
        return new IndexOp(Projection.SCREENING_HISTORY, h.eventId(), IndexOp.ERASED, h.erasedCopy());
    }

    private static IndexOp timeline(HistoryEntry h) {
        return new IndexOp(Projection.HISTORY, h.eventId(), IndexOp.ERASED, h.blanked());
    }
}
