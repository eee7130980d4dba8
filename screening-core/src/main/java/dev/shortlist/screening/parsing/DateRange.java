package dev.shortlist.screening.parsing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date or date range found in a line of text.
 *
 * @param start   offset of the first character in the searched text
 * @param end     offset after the last character
 * @param from    first date
 * @param to      last date; null when ongoing or when this is a single date
 * @param current true when the range ends with "Present", "heute", "actualidad"... or starts with "since"
 * @param range   true for a range (two dates, or a date and a "present" word, or "since" a date)
 */
public record DateRange(int start, int end, PartialDate from, PartialDate to, boolean current, boolean range) {

    /**
     * The months this range covers relative to {@code reference} (the upload date): ongoing ranges
     * run to the reference month inclusive, dates after the reference are clamped to it. A year-only
     * end date counts up to the start of that year ("2015 – 2019" is four years) unless the range
     * starts and ends in the same year, which counts as that whole year.
     */
    public Optional<MonthSpan> span(LocalDate reference) {
        if (!range) {
            return Optional.empty();
        }
        YearMonth limit = YearMonth.from(reference).plusMonths(1);
        YearMonth first = from.firstMonth();
        YearMonth endExclusive;
        if (current || to == null) {
            endExclusive = limit;
        } else if (to.hasMonth()) {
            endExclusive = YearMonth.of(to.year(), to.month()).plusMonths(1);
        } else if (to.year() == from.year()) {
            endExclusive = YearMonth.of(to.year() + 1, 1);
        } else {
            endExclusive = YearMonth.of(to.year(), 1);
        }
        if (endExclusive.isAfter(limit)) {
            endExclusive = limit;
        }
        if (!endExclusive.isAfter(first)) {
            return Optional.empty();
        }
        return Optional.of(new MonthSpan(first, endExclusive));
    }
}
