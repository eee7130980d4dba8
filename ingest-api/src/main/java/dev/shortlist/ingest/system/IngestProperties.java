package dev.shortlist.ingest.system;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ingest API ({@code shortlist.ingest.*}); the defaults make the local run work.
 *
 * @param maxFileSize          largest accepted file, also for files inside a ZIP
 * @param maxBatchFiles        most files one batch may accept
 * @param maxBatchSize         most bytes one batch may carry (uploaded, and decompressed from ZIPs)
 * @param maxArchiveEntries    most entries a ZIP may contain before it counts as a zip bomb
 * @param maxCompressionRatio  decompressed / compressed size above which a ZIP counts as a zip bomb
 * @param queryBaseUrl         base URL of query-api, for the status and profile links returned
 * @param idempotencyWindow    how long an {@code Idempotency-Key} replays its first response
 * @param retryAfter           {@code Retry-After} sent when Kafka is unavailable
 * @param eventLog             {@code kafka} (default) or {@code none} (tests supply their own publisher)
 * @param topics               topic creation at startup
 * @param rateLimit            per-organization request budget
 * @param stateReplay          rebuilding of the job and resume indexes from their topics
 * @param groupCommit          sharing of transactions between concurrent small writes
 */
@ConfigurationProperties("shortlist.ingest")
public record IngestProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("500") int maxBatchFiles,
        @DefaultValue("200MB") DataSize maxBatchSize,
        @DefaultValue("1000") int maxArchiveEntries,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("http://localhost:8083") URI queryBaseUrl,
        @DefaultValue("24h") Duration idempotencyWindow,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("kafka") String eventLog,
        @DefaultValue Topics topics,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue StateReplay stateReplay,
        @DefaultValue GroupCommit groupCommit) {

    /**
     * @param writers   transactions in flight at once for small writes (single uploads, jobs); fewer
     *                  writers make larger transactions: with 2 instead of 4 the broker spent a quarter
     *                  fewer instructions per upload (16 concurrent uploads, see docs/ingest.md)
     * @param maxEvents most events in one shared transaction; writes this large get their own
     */
    public record GroupCommit(@DefaultValue("2") int writers, @DefaultValue("500") int maxEvents) {
    }

    /**
     * @param create             create the catalog's topics at startup when missing
     * @param partitions         partitions of each topic
     * @param replicationFactor  replication factor of each topic (1 locally, 3 in production)
     */
    public record Topics(@DefaultValue("true") boolean create, @DefaultValue("3") int partitions,
                         @DefaultValue("1") short replicationFactor) {
    }

    /**
     * @param enabled  whether write requests are rate limited
     * @param capacity burst size: requests an organization may make at once
     * @param refill   requests added back to the organization's budget every {@code period}
     * @param period   refill period (sustained rate = refill / period)
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("400") long capacity,
                            @DefaultValue("200") long refill, @DefaultValue("1s") Duration period) {
    }

    /** @param pollTimeout how long one poll of the replaying consumers waits */
    public record StateReplay(@DefaultValue("500ms") Duration pollTimeout) {
    }
}
