package dev.shortlist.query.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the query service under {@code shortlist.query} (framework settings stay under
 * {@code spring.*}, the topics' partition count under {@code shortlist.topics.partitions}); the
 * defaults run against the local stack.
 *
 * @param projector         the projector's Kafka listener and its writes
 * @param retry             back-off of the projector while Elasticsearch cannot take a batch
 * @param bootstrap         index setup at startup
 * @param sse               live batch progress streams
 * @param rebuild           the {@code rebuild} command
 * @param centroidSize      top-scored candidates averaged for a job's semantic profile
 */
@ConfigurationProperties("shortlist.query")
@Validated
public record QueryProperties(
        @Valid @DefaultValue Projector projector,
        @Valid @DefaultValue Retry retry,
        @Valid @DefaultValue Bootstrap bootstrap,
        @Valid @DefaultValue Sse sse,
        @Valid @DefaultValue Rebuild rebuild,
        @DefaultValue("10") @Min(1) @Max(1000) int centroidSize) {

    /**
     * @param enabled        run the projector's listener in this instance
     * @param group          consumer group of the live projector
     * @param waitForRefresh bulk writes return only once visible to searches (read-after-write for SSE clients)
     */
    public record Projector(
            @DefaultValue("true") boolean enabled,

            @DefaultValue("shortlist-query-projector-v1") @NotBlank
            String group,

            @DefaultValue("true") boolean waitForRefresh) {}

    /**
     * @param initial first back-off when Elasticsearch is unavailable
     * @param max     longest back-off between retries (retries never give up)
     */
    public record Retry(
            @DefaultValue("500ms") @DurationMin(millis = 1) Duration initial,
            @DefaultValue("30s") @DurationMin(millis = 1) Duration max) {

        @AssertTrue(message = "max must not be shorter than initial")
        public boolean isMaxAtLeastInitial() {
            return initial == null || max == null || max.compareTo(initial) >= 0;
        }
    }

    /**
     * @param indexVersion version of the projection indices created behind the aliases on first start
     * @param timeout      how long startup waits for Elasticsearch before failing
     */
    public record Bootstrap(
            @DefaultValue("1") @Min(1) int indexVersion,
            @DefaultValue("120s") @DurationMin(seconds = 1) Duration timeout) {}

    /**
     * @param timeout      lifetime of one progress stream; clients reconnect after it
     * @param pollInterval how often a progress stream re-reads the projection (updates projected by other instances)
     */
    public record Sse(
            @DefaultValue("30m") @DurationMin(seconds = 1) Duration timeout,
            @DefaultValue("2s") @DurationMin(millis = 10) Duration pollInterval) {}

    /** @param timeout how long a rebuild may replay before it gives up (and leaves the aliases alone) */
    public record Rebuild(
            @DefaultValue("30m") @DurationMin(seconds = 1) Duration timeout) {}
}
