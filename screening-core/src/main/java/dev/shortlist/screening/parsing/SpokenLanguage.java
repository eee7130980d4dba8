package dev.shortlist.screening.parsing;

/**
 * A spoken language stated in the resume.
 *
 * @param code        ISO 639-1 code, e.g. {@code de}
 * @param proficiency NATIVE, FLUENT, ADVANCED, INTERMEDIATE, BASIC, a CEFR level (C2 ... A1), or null
 */
public record SpokenLanguage(String code, String proficiency) {}
