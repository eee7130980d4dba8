package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthSpanTest {

    @Test
    void overlappingSpansCountOnce() {
        List<MonthSpan> spans = List.of(span("2015-01", "2018-01"), span("2017-01", "2020-01"));

        assertThat(MonthSpan.merge(spans)).containsExactly(span("2015-01", "2020-01"));
        assertThat(MonthSpan.totalMonths(spans)).isEqualTo(60);
    }

    @Test
    void touchingSpansJoin() {
        assertThat(MonthSpan.merge(List.of(span("2019-01", "2019-07"), span("2019-07", "2020-01"))))
                .containsExactly(span("2019-01", "2020-01"));
    }

    @Test
    void gapsAreNotCounted() {
        List<MonthSpan> spans = List.of(span("2010-01", "2012-01"), span("2014-01", "2015-01"));

        assertThat(MonthSpan.merge(spans)).hasSize(2);
        assertThat(MonthSpan.totalMonths(spans)).isEqualTo(36);
    }

    @Test
    void containedSpansAndAnyOrder() {
        List<MonthSpan> spans =
                List.of(span("2016-01", "2017-01"), span("2012-01", "2020-01"), span("2019-06", "2021-01"));

        assertThat(MonthSpan.merge(spans)).containsExactly(span("2012-01", "2021-01"));
        assertThat(MonthSpan.totalMonths(spans)).isEqualTo(108);
    }

    @Test
    void rejectsEmptySpans() {
        assertThatThrownBy(() -> span("2020-01", "2020-01")).isInstanceOf(IllegalArgumentException.class);
    }

    private static MonthSpan span(String start, String endExclusive) {
        return new MonthSpan(YearMonth.parse(start), YearMonth.parse(endExclusive));
    }
}
