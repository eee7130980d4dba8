package dev.shortlist.ingest.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ingest API ({@code shortlist.ingest.*}); the defaults make the local run work.
 * Topic layout is {@code shortlist.topics.*}, the blob store {@code shortlist.blobs.*}.
 *
 * @param maxFileSize            largest accepted file, also for files inside a ZIP
 * @param maxBatchFiles          most files one batch may accept
 * @param maxBatchSize           most bytes one batch may carry (uploaded, and decompressed from ZIPs)
 * @param maxArchiveEntries      most entries a ZIP (or a DOCX/ODT container) may contain before it counts as a zip bomb
 * @param maxCompressionRatio    decompressed / compressed size, of one entry or a whole container, above
 *                               which it counts as a zip bomb
 * @param maxExpandedSize        most bytes one DOCX/ODT document may expand to, embedded containers included
 * @param maxNestingDepth        containers inside containers one upload may have, the upload counting as one
 * @param queryBaseUrl           base URL of query-api, for the status and profile links returned
 * @param idempotencyWindow      how long an {@code Idempotency-Key} replays its first response
 * @param idempotencyMaxEntries  most remembered {@code Idempotency-Key}s; beyond it the least useful are forgotten
 * @param retryAfter             {@code Retry-After} sent when Kafka is unavailable
 * @param producer               the {@code producer} written into every event's metadata
 * @param instanceId             this instance's part of the transactional id prefix; unset, a random
 *                               one per start (set it to a stable value per replica in production)
 * @param rateLimit              per-organization request budget
 * @param stateReplay            rebuilding of the job and resume indexes from their topics
 * @param groupCommit            sharing of transactions between concurrent small writes
 */
@Validated
@ConfigurationProperties("shortlist.ingest")
public record IngestProperties(
        @DefaultValue("10MB") @NotNull DataSize maxFileSize,
        @DefaultValue("500") @Min(1) int maxBatchFiles,
        @DefaultValue("200MB") @NotNull DataSize maxBatchSize,
        @DefaultValue("1000") @Min(1) int maxArchiveEntries,
        @DefaultValue("100") @Min(1) int maxCompressionRatio,
        @DefaultValue("100MB") @NotNull DataSize maxExpandedSize,
        @DefaultValue("3") @Min(1) int maxNestingDepth,
        @DefaultValue("http://127.0.0.1:8083") @NotNull URI queryBaseUrl,
        @DefaultValue("24h") @NotNull Duration idempotencyWindow,
        @DefaultValue("100000") @Min(1) long idempotencyMaxEntries,
        @DefaultValue("5s") @NotNull Duration retryAfter,
        @DefaultValue("ingest-api/unknown") @NotBlank String producer,
        String instanceId,
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid StateReplay stateReplay,
        @DefaultValue @Valid GroupCommit groupCommit) {

    /**
     * @param writers   transactions in flight at once for small writes (single uploads, jobs); fewer
     *                  writers make larger transactions, which cost the broker less per upload (see
     *                  docs/ingest.md)
     * @param maxEvents most events in one shared transaction; writes this large get their own
     */
    public record GroupCommit(
            @DefaultValue("2") @Min(0) int writers,
            @DefaultValue("500") @Min(1) int maxEvents) {}

    /**
     * @param enabled  whether write requests are rate limited
     * @param capacity burst size: requests an organization may make at once
     * @param refill   requests added back to the organization's budget every {@code period}
     * @param period   refill period (sustained rate = refill / period)
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("400") @Min(1) long capacity,
            @DefaultValue("200") @Min(1) long refill,
            @DefaultValue("1s") @NotNull Duration period) {}

    /**
     * @param pollTimeout how long one poll of the replaying consumers waits
     * @param retryDelay  pause before a replay that failed (Kafka unreachable) starts over
     */
    public record StateReplay(
            @DefaultValue("500ms") @NotNull Duration pollTimeout,
            @DefaultValue("1s") @NotNull Duration retryDelay) {}
}
