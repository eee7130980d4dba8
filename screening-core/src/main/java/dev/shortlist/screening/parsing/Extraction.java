package dev.shortlist.screening.parsing;

/** Result of text extraction: text with its detected media type, or a typed failure. */
public sealed interface Extraction {

    record Text(String text, String mediaType) implements Extraction {}

    record Failure(FailureReason reason, String detail) implements Extraction {}
}
