package dev.shortlist.screening.parsing;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and defaults of the resume parser.
 *
 * @param maxBytes           largest accepted input, in bytes
 * @param maxChars           largest accepted extracted text, in characters
 * @param timeout            time limit for extracting one document
 * @param extractionThreads  threads that may extract at once; more concurrent documents wait in a bounded queue
 * @param queueCapacity      documents that may wait for an extraction thread before the parser refuses more
 * @param phoneRegion        ISO 3166 region used for phone numbers written without a country code
 * @param pdfSortByPosition  sort PDF text by position instead of content-stream order
 */
public record ParserSettings(
        long maxBytes,
        int maxChars,
        Duration timeout,
        int extractionThreads,
        int queueCapacity,
        String phoneRegion,
        boolean pdfSortByPosition) {

    public ParserSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(phoneRegion, "phoneRegion");
        if (maxBytes <= 0 || maxChars <= 0 || extractionThreads <= 0 || queueCapacity < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 10 MB, 300,000 characters, 10 s, one thread per core, US phone numbers, content-stream order. */
    public static ParserSettings defaults() {
        return new ParserSettings(
                10L * 1024 * 1024,
                300_000,
                Duration.ofSeconds(10),
                Runtime.getRuntime().availableProcessors(),
                256,
                "US",
                false);
    }

    public ParserSettings withMaxBytes(long value) {
        return new ParserSettings(
                value, maxChars, timeout, extractionThreads, queueCapacity, phoneRegion, pdfSortByPosition);
    }

    public ParserSettings withMaxChars(int value) {
        return new ParserSettings(
                maxBytes, value, timeout, extractionThreads, queueCapacity, phoneRegion, pdfSortByPosition);
    }

    public ParserSettings withTimeout(Duration value) {
        return new ParserSettings(
                maxBytes, maxChars, value, extractionThreads, queueCapacity, phoneRegion, pdfSortByPosition);
    }

    public ParserSettings withExtractionThreads(int value) {
        return new ParserSettings(maxBytes, maxChars, timeout, value, queueCapacity, phoneRegion, pdfSortByPosition);
    }

    public ParserSettings withPhoneRegion(String value) {
        return new ParserSettings(
                maxBytes, maxChars, timeout, extractionThreads, queueCapacity, value, pdfSortByPosition);
    }

    public ParserSettings withPdfSortByPosition(boolean value) {
        return new ParserSettings(maxBytes, maxChars, timeout, extractionThreads, queueCapacity, phoneRegion, value);
    }
}
