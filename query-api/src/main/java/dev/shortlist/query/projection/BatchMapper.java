package dev.shortlist.query.projection;

import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.common.EventMetadata;
import java.util.List;

/** The batches projection: a {@code PENDING} batch at creation (creation only), then its progress changelog. */
final class BatchMapper {

    private BatchMapper() {}

    static List<IndexOp> created(BatchCreated created) {
        EventMetadata meta = created.getMetadata();
        BatchDocument pending = new BatchDocument(
                created.getBatchId(),
                created.getJobId(),
                meta.getOrganizationId(),
                "PENDING",
                new BatchDocument.Counts(
                        created.getTotal(), 0, 0, 0, created.getRejections().size()),
                null,
                new BatchDocument.Timeline(created.getCreatedAt(), null, null, created.getCreatedAt()),
                meta.getEventId());
        return List.of(new IndexOp(Projection.BATCHES, created.getBatchId(), IndexOp.CREATE_ONLY, pending));
    }

    static List<IndexOp> progress(EventPosition position, BatchProgress progress) {
        EventMetadata meta = progress.getMetadata();
        BatchDocument document = new BatchDocument(
                progress.getBatchId(),
                progress.getJobId(),
                meta.getOrganizationId(),
                progress.getStatus().name(),
                new BatchDocument.Counts(
                        progress.getTotal(),
                        progress.getProcessed(),
                        progress.getSucceeded(),
                        progress.getFailed(),
                        null),
                progress.getResumesPerSecond(),
                new BatchDocument.Timeline(
                        progress.getCreatedAt(),
                        progress.getStartedAt(),
                        progress.getCompletedAt(),
                        progress.getUpdatedAt()),
                meta.getEventId());
        return List.of(new IndexOp(Projection.BATCHES, progress.getBatchId(), position.version(), document));
    }
}
