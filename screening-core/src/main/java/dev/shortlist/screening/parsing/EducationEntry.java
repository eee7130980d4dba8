package dev.shortlist.screening.parsing;

import java.time.LocalDate;

/**
 * One education entry.
 *
 * @param degree      degree as written, or null
 * @param level       the degree normalised to a level ({@link EducationLevel#NONE} when no degree was recognised)
 * @param field       field of study, or null
 * @param institution school or university, or null
 * @param start       start date, or null
 * @param end         end or graduation date, or null
 */
public record EducationEntry(
        String degree, EducationLevel level, String field, String institution, LocalDate start, LocalDate end) {}
