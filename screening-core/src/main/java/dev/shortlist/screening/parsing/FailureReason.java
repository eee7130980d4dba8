package dev.shortlist.screening.parsing;

/** Why a resume yielded no profile. Same names as the {@code ParseFailureReason} Avro enum. */
public enum FailureReason {
    /** No extractable text: a scanned, image-only or blank document. */
    NO_TEXT,
    /** Password-protected document. */
    ENCRYPTED,
    /** The bytes claim a known format but cannot be read. */
    CORRUPT,
    /** A format that is not a resume document (executable, image, archive, ...). */
    UNSUPPORTED,
    /** More bytes or more extracted characters than configured. */
    TOO_LARGE,
    /** Extraction did not finish within the configured time limit. */
    TIMEOUT,
    /** Reading the document exhausted the extraction worker's memory (its heap cap, or it was killed for memory). */
    RESOURCE_LIMIT,
    /** The document carries active content: PDF JavaScript, launch actions or embedded files, Office macros. */
    ACTIVE_CONTENT
}
