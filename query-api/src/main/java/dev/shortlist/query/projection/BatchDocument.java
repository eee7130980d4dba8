package dev.shortlist.query.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * A batch's progress as projected into {@code shortlist-batches} from the batch aggregate's
 * changelog. The parts are unwrapped, so the document stays one flat object.
 */
public record BatchDocument(
        String batchId,
        String jobId,
        String organizationId,
        String status,
        @JsonUnwrapped Counts counts,
        Double resumesPerSecond,
        @JsonUnwrapped Timeline timeline,
        String lastEventId) {

    /** How many resumes the batch holds and how far it got; {@code rejected} is known only at creation. */
    public record Counts(int total, int processed, int succeeded, int failed, Integer rejected) {}

    /** When the batch was created, started, completed and last changed. */
    public record Timeline(Instant createdAt, Instant startedAt, Instant completedAt, Instant updatedAt) {}

    /** Whether no further progress will come. */
    public boolean finished() {
        return "COMPLETED".equals(status) || "COMPLETED_WITH_FAILURES".equals(status);
    }
}
