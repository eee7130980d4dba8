package dev.shortlist.query.batch;

import dev.shortlist.query.projection.BatchDocument;
import java.time.Instant;

/** A batch's status and progress as clients see it. */
public record BatchView(
        String batchId,
        String jobId,
        String status,
        int total,
        int processed,
        int succeeded,
        int failed,
        Integer rejected,
        double percent,
        boolean finished,
        Double resumesPerSecond,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant updatedAt) {

    static BatchView of(BatchDocument d) {
        double percent = d.total() == 0 ? (d.finished() ? 100.0 : 0.0) : Math.round(1000.0 * d.processed() / d.total()) / 10.0;
        return new BatchView(d.batchId(), d.jobId(), d.status(), d.total(), d.processed(), d.succeeded(), d.failed(),
                d.rejected(), percent, d.finished(), d.resumesPerSecond(), d.createdAt(), d.startedAt(),
                d.completedAt(), d.updatedAt());
    }
}
