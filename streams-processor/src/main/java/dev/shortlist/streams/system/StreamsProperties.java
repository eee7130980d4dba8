package dev.shortlist.streams.system;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The streams processor's own settings (Kafka and Streams settings live under {@code spring.kafka.*}).
 *
 * @param partitions          partitions of the topics created at startup (internal topics follow them)
 * @param threadReplacements  stream-thread failures tolerated per {@code failureWindow} before the client shuts down
 * @param failureWindow       the window of that budget
 * @param stages              the stages this instance runs; a replay under a new application id runs
 *                            {@code scoring} only (see docs/operations.md)
 * @param parsingThreads      stream threads of the parse stage's own client (parsing and embedding are
 *                            CPU-bound: one per core)
 */
@ConfigurationProperties("shortlist.streams")
public record StreamsProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("3") int threadReplacements,
        @DefaultValue("10m") Duration failureWindow,
        @DefaultValue({"parsing", "scoring", "progress"}) Set<Stage> stages,
        @DefaultValue("2") int parsingThreads) {

    /** A stage of the pipeline, one topology each. */
    public enum Stage { PARSING, SCORING, PROGRESS }
}
