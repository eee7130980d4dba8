package dev.shortlist.screening.candidate;

/**
 * Where in the resume a fact was found; mirrors the Avro {@code Evidence}.
 *
 * @param section resume section (SKILLS, EXPERIENCE, SUMMARY, EDUCATION, ...)
 * @param start   start offset in the extracted text (inclusive), -1 when unknown
 * @param end     end offset (exclusive), -1 when unknown
 * @param text    the text as it appears in the resume
 */
public record EvidenceSpan(String section, int start, int end, String text) implements java.io.Serializable {}
