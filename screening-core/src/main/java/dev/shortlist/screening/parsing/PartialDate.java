package dev.shortlist.screening.parsing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as resumes write it: a year, usually with a month, rarely a day (which is dropped).
 *
 * @param year  four-digit year
 * @param month 1-12, or 0 when only the year is known
 */
public record PartialDate(int year, int month) {

    public PartialDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    /** First day of the month (or of January when only the year is known). */
    public LocalDate toLocalDate() {
        return LocalDate.of(year, hasMonth() ? month : 1, 1);
    }

    YearMonth firstMonth() {
        return YearMonth.of(year, hasMonth() ? month : 1);
    }
}
