package dev.shortlist.screening.parsing;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whole months from {@code start} (inclusive) to {@code endExclusive}: "Jan 2019 – Mar 2019" is
 * three months, January to April exclusive.
 */
public record MonthSpan(YearMonth start, YearMonth endExclusive) {

    public MonthSpan {
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("empty span " + start + " .. " + endExclusive);
        }
    }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(start, endExclusive);
    }

    /** Merges overlapping and touching spans into disjoint ones, sorted by start. */
    public static List<MonthSpan> merge(List<MonthSpan> spans) {
        List<MonthSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(MonthSpan::start));
        List<MonthSpan> merged = new ArrayList<>();
        for (MonthSpan span : sorted) {
            if (!merged.isEmpty()) {
                MonthSpan last = merged.get(merged.size() - 1);
                if (!span.start().isAfter(last.endExclusive())) {
                    YearMonth end = span.endExclusive().isAfter(last.endExclusive())
                            ? span.endExclusive()
                            : last.endExclusive();
                    merged.set(merged.size() - 1, new MonthSpan(last.start(), end));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }

    /** Months covered by the union of the spans (overlaps counted once). */
    public static int totalMonths(List<MonthSpan> spans) {
        return merge(spans).stream().mapToInt(MonthSpan::months).sum();
    }
}
