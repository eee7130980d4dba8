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
        BatchDocument.Counts c = d.counts();
        BatchDocument.Timeline t = d.timeline();
        double percent =
                c.total() == 0 ? (d.finished() ? 100.0 : 0.0) : Math.round(1000.0 * c.processed() / c.total()) / 10.0;
        return new BatchView(
                d.batchId(),
                d.jobId(),
                d.status(),
                c.total(),
                c.processed(),
                c.succeeded(),
                c.failed(),
                c.rejected(),
                percent,
                d.finished(),
                d.resumesPerSecond(),
                t.createdAt(),
                t.startedAt(),
                t.completedAt(),
                t.updatedAt());
    }
}
