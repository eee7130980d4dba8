package dev.shortlist.screening.requirements;

/** Score category and kind of job requirement; mirrors the Avro {@code RequirementKind}. */
public enum RequirementKind {
    REQUIRED_SKILL,
    PREFERRED_SKILL,
    EXPERIENCE,
    EDUCATION,
    LANGUAGE,
    TITLE,
    SEMANTIC
}
