package dev.shortlist.ingest.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ingest API's business metrics (Prometheus names in brackets):
 * uploads by kind and outcome [{@code shortlist_ingest_uploads_total}], uploaded bytes
 * [{@code shortlist_ingest_upload_bytes}], rejections by reason
 * [{@code shortlist_ingest_rejections_total}], files per batch [{@code shortlist_ingest_batch_files}]
 * and event-log failures [{@code shortlist_ingest_publish_failures_total}].
 */
public final class IngestMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary bytes;
    private final DistributionSummary batchFiles;
    private final Counter publishFailures;
    private final Map<String, Counter> uploads = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytes = DistributionSummary.builder("shortlist.ingest.upload.bytes")
                .baseUnit("bytes")
                .description("Size of accepted files")
                .register(registry);
        this.batchFiles = DistributionSummary.builder("shortlist.ingest.batch.files")
                .description("Files accepted per batch")
                .register(registry);
        this.publishFailures = Counter.builder("shortlist.ingest.publish.failures")
                .description("Requests refused because the event log could not be written")
                .register(registry);
    }

    /** An accepted file; {@code duplicate} when its content was already stored for the organization. */
    public void accepted(String kind, long sizeBytes, boolean duplicate) {
        // Looked up once per kind and outcome, not built and registered again on every upload.
        uploads.computeIfAbsent(
                        kind + (duplicate ? "/duplicate" : "/new"),
                        k -> Counter.builder("shortlist.ingest.uploads")
                                .description("Accepted files")
                                .tag("kind", kind)
                                .tag("outcome", duplicate ? "duplicate" : "new")
                                .register(registry))
                .increment();
        bytes.record(sizeBytes);
    }

    public void rejected(String reason) {
        Counter.builder("shortlist.ingest.rejections")
                .description("Rejected files by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void batch(int acceptedFiles) {
        batchFiles.record(acceptedFiles);
    }

    public void publishFailed() {
        publishFailures.increment();
    }
}
