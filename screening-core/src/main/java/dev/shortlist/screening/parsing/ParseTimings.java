package dev.shortlist.screening.parsing;

/**
 * Told how long each step of a parse took, for metrics: the parser measures, the caller decides
 * where the numbers go, so the parser needs no metrics library. Called on the parsing thread.
 */
public interface ParseTimings {

    /** Timings nobody reads. */
    ParseTimings NONE = new ParseTimings() {};

    /** Text extraction from the document's bytes (type detection and Tika), whatever its outcome. */
    default void extracted(long nanos) {}

    /** Everything after extraction: sections, contact, experience, education, skills, languages. */
    default void analysed(long nanos) {}
}
