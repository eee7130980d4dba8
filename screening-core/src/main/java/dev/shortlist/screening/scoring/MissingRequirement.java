package dev.shortlist.screening.scoring;

import dev.shortlist.screening.requirements.RequirementKind;

/**
 * A requirement the resume does not show; mirrors the Avro {@code MissingRequirement}.
 *
 * @param detail what was looked for and not found
 */
public record MissingRequirement(String requirement, RequirementKind kind, String detail) {}
