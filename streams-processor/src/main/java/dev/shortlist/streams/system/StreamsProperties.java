package dev.shortlist.streams.system;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The streams processor's own settings (Kafka and Streams settings live under {@code spring.kafka.*},
 * the topics' partition count under {@code shortlist.topics.partitions}).
 *
 * @param threadReplacements  stream-thread failures tolerated per {@code failureWindow} before the client shuts down
 * @param failureWindow       the window of that budget
 * @param stages              the stages this instance runs; a replay under a new application id runs
 *                            {@code scoring} only (see docs/operations.md)
 * @param parsingThreads      stream threads of the parse stage's own client (parsing and embedding are
 *                            CPU-bound: one per core)
 */
@Validated
@ConfigurationProperties("shortlist.streams")
public record StreamsProperties(
        @DefaultValue("3") @Min(0) int threadReplacements,
        @DefaultValue("10m") @NotNull Duration failureWindow,

        @DefaultValue({"parsing", "scoring", "progress"}) @NotEmpty
        Set<Stage> stages,

        @DefaultValue("2") @Min(1) int parsingThreads) {

    /** A stage of the pipeline, one topology each. */
    public enum Stage {
        PARSING,
        SCORING,
        PROGRESS
    }
}
