package dev.shortlist.query.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the query service (framework settings stay under {@code spring.*}, the topics'
 * partition count under {@code shortlist.topics.partitions}).
 *
 * @param indexVersion      version of the projection indices created behind the aliases on first start
 * @param bootstrapTimeout  how long startup waits for Elasticsearch before failing
 * @param waitForRefresh    bulk writes return only once visible to searches (read-after-write for SSE clients)
 * @param projectorEnabled  run the projector's listeners in this instance
 * @param retryInitial      first back-off when Elasticsearch is unavailable
 * @param retryMax          longest back-off between retries (retries never give up)
 * @param sseTimeout        lifetime of one progress stream; clients reconnect after it
 * @param ssePollInterval   how often a progress stream re-reads the projection (updates projected by other instances)
 * @param centroidSize      top-scored candidates averaged for a job's semantic profile
 * @param maxPageSize       largest page a list endpoint returns
 */
@ConfigurationProperties("shortlist.query")
public record QueryProperties(
        @DefaultValue("1") int indexVersion,
        @DefaultValue("120s") Duration bootstrapTimeout,
        @DefaultValue("true") boolean waitForRefresh,
        @DefaultValue("true") boolean projectorEnabled,
        @DefaultValue("500ms") Duration retryInitial,
        @DefaultValue("30s") Duration retryMax,
        @DefaultValue("30m") Duration sseTimeout,
        @DefaultValue("2s") Duration ssePollInterval,
        @DefaultValue("10") int centroidSize,
        @DefaultValue("200") int maxPageSize) {}
