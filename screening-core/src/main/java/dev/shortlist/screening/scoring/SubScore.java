package dev.shortlist.screening.scoring;

import dev.shortlist.screening.requirements.RequirementKind;

/**
 * One scored category; mirrors the Avro {@code SubScore}.
 *
 * @param score  between 0 and 1
 * @param weight normalised weight of the category in the total
 */
public record SubScore(RequirementKind category, double score, double weight, String explanation) {}
