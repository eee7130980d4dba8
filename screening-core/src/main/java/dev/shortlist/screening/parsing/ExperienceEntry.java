package dev.shortlist.screening.parsing;

import java.time.LocalDate;

/**
 * One position held.
 *
 * @param title       job title, or null
 * @param company     employer, or null
 * @param location    location of the position, or null
 * @param start       first day of the start month, or null when undated
 * @param end         first day of the end month; null when current or undated
 * @param current     true when ongoing ("Present", "heute", ...)
 * @param months      months covered relative to the reference date, or null when undated
 * @param description the text under the entry's header
 * @param textStart   offset of the entry in the extracted text
 * @param textEnd     offset after the entry
 */
public record ExperienceEntry(
        String title,
        String company,
        String location,
        LocalDate start,
        LocalDate end,
        boolean current,
        Integer months,
        String description,
        int textStart,
        int textEnd) {

    /** True when the entry has a start date and an end (or is ongoing). */
    public boolean dated() {
        return months != null;
    }
}
