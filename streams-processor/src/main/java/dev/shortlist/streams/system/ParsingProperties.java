package dev.shortlist.streams.system;

import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.isolation.IsolationSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the parse stage and of the worker processes that extract text.
 *
 * @param maxBytes  largest document parsed, in bytes
 * @param maxChars  most characters of text extracted from one document; more is {@code TOO_LARGE}
 * @param timeout   wall-clock limit for extracting one document; over it is {@code TIMEOUT}
 * @param isolation the worker processes
 */
@Validated
@ConfigurationProperties("shortlist.parsing")
public record ParsingProperties(
        @DefaultValue("10485760") @Min(1) long maxBytes,
        @DefaultValue("300000") @Min(1000) int maxChars,
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue @Valid @NotNull Isolation isolation) {

    /**
     * Text extraction in separate worker JVMs.
     *
     * @param enabled   extract in worker processes; {@code false} extracts on the stream threads' own heap
     *                  (for comparison only: a hostile document can then exhaust this process)
     * @param workers   worker processes; at least two, so one document being killed never stalls the others
     * @param heap      each worker's hard heap cap ({@code -Xmx}); a document that exhausts it is {@code RESOURCE_LIMIT}
     * @param queue     documents that may wait for a free worker; more are refused at once
     * @param quarantine the file remembering documents that killed a worker or were in flight at two crashes;
     *                  empty means {@code parse-quarantine.log} under {@code spring.kafka.streams.state-dir}
     */
    public record Isolation(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2") @Min(1) @Max(64) int workers,

            @DefaultValue("256m") @NotNull @Pattern(regexp = "[1-9][0-9]*[kKmMgG]?")
            String heap,

            @DefaultValue("16") @Min(0) int queue,
            Path quarantine) {}

    ParserSettings parserSettings() {
        return ParserSettings.defaults()
                .withMaxBytes(maxBytes)
                .withMaxChars(maxChars)
                .withTimeout(timeout);
    }

    IsolationSettings isolationSettings() {
        return IsolationSettings.defaults()
                .withWorkers(isolation.workers())
                .withHeap(isolation.heap())
                .withQueue(isolation.queue())
                .withTimeout(timeout);
    }
}
