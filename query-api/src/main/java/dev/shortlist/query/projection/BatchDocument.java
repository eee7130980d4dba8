package dev.shortlist.query.projection;

import java.time.Instant;

/** A batch's progress as projected into {@code shortlist-batches} from the batch aggregate's changelog. */
public record BatchDocument(
        String batchId,
        String jobId,
        String organizationId,
        String status,
        int total,
        int processed,
        int succeeded,
        int failed,
        Integer rejected,
        Double resumesPerSecond,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant updatedAt,
        String lastEventId) {

    /** Whether no further progress will come. */
    public boolean finished() {
        return "COMPLETED".equals(status) || "COMPLETED_WITH_FAILURES".equals(status);
    }
}
