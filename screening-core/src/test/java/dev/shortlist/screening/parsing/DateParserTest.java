package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);
    private final DateParser parser = new DateParser(REFERENCE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Jan 2019 - Mar 2021            | 2019-01 | 2021-03",
                "January 2019 – March 2021      | 2019-01 | 2021-03",
                "01/2019 — 03/2021              | 2019-01 | 2021-03",
                "2019-01 to 2021-03             | 2019-01 | 2021-03",
                "Jan '19 - Mar '21              | 2019-01 | 2021-03",
                "Sept. 2015 until Feb. 2017     | 2015-09 | 2017-02",
                "3/2012 - 11/2014               | 2012-03 | 2014-11",
                "15.03.2012 - 30.11.2014        | 2012-03 | 2014-11",
                "März 2016 bis Juni 2018        | 2016-03 | 2018-06",
                "janvier 2018 à février 2020    | 2018-01 | 2020-02",
                "enero de 2017 - mayo de 2019   | 2017-01 | 2019-05",
                "setembro 2014 até outubro 2016 | 2014-09 | 2016-10",
                "Jun - Aug 2020                 | 2020-06 | 2020-08",
                "2016 to 2018                   | 2016-00 | 2018-00",
                "۲۰۱۵ - ۲۰۱۸                    | 2015-00 | 2018-00",
            })
    void readsClosedRanges(String text, String from, String to) {
        List<DateRange> ranges = parser.findRanges(text);

        assertThat(ranges).hasSize(1);
        assertThat(ranges.get(0).from()).isEqualTo(partial(from));
        assertThat(ranges.get(0).to()).isEqualTo(partial(to));
        assertThat(ranges.get(0).current()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Jan 2019 - Present       | 2019-01",
                "04/2013 to Current       | 2013-04",
                "2020 – now               | 2020-00",
                "Mar 2021 - Today         | 2021-03",
                "2018 - to date           | 2018-00",
                "Since 2019               | 2019-00",
                "seit 03/2020             | 2020-03",
                "01.2015 - heute          | 2015-01",
                "depuis janvier 2021      | 2021-01",
                "mars 2019 - actuel       | 2019-03",
                "enero 2020 - actualidad  | 2020-01",
                "maio 2018 - atual        | 2018-05",
                "2017 - اکنون             | 2017-00",
            })
    void readsOpenRanges(String text, String from) {
        List<DateRange> ranges = parser.findRanges(text);

        assertThat(ranges).hasSize(1);
        assertThat(ranges.get(0).from()).isEqualTo(partial(from));
        assertThat(ranges.get(0).current()).isTrue();
        assertThat(ranges.get(0).span(REFERENCE))
                .get()
                .extracting(MonthSpan::endExclusive)
                .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void singleDatesAreNotRanges() {
        List<DateRange> found = parser.find("Graduated May 2015, GPA 3.8");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.range()).isFalse();
            assertThat(d.from()).isEqualTo(PartialDate.of(2015, 5));
        });
        assertThat(parser.findRanges("Graduated May 2015")).isEmpty();
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertThat(parser.find("Managed a budget of $250,000 for 35 people, ext. 12345"))
                .isEmpty();
        assertThat(parser.find("02/1753 and 13/2019")).isEmpty();
    }

    @Test
    void findsSeveralRangesOnOneLine() {
        List<DateRange> ranges = parser.findRanges("Acme 2010 - 2012, Globex 2013 - 2015");

        assertThat(ranges)
                .extracting(DateRange::from)
                .containsExactly(PartialDate.ofYear(2010), PartialDate.ofYear(2013));
    }

    @Test
    void reportsOffsetsInTheSearchedText() {
        String line = "Senior Engineer, Acme (Jan 2019 – Present)";
        DateRange range = parser.findRanges(line).get(0);

        assertThat(line.substring(range.start(), range.end())).isEqualTo("Jan 2019 – Present");
    }

    @Test
    void monthsCountBothEndMonths() {
        assertThat(parser.findRanges("Jan 2019 - Mar 2019").get(0).span(REFERENCE))
                .get()
                .extracting(MonthSpan::months)
                .isEqualTo(3);
        assertThat(parser.findRanges("2015 - 2019").get(0).span(REFERENCE))
                .get()
                .extracting(MonthSpan::months)
                .isEqualTo(48);
        assertThat(parser.findRanges("2019 - 2019").get(0).span(REFERENCE))
                .get()
                .extracting(MonthSpan::months)
                .isEqualTo(12);
    }

    @Test
    void presentEndsAtTheReferenceDateNotToday() {
        DateParser older = new DateParser(LocalDate.of(2020, 6, 15));
        MonthSpan span = older.findRanges("Jan 2020 - Present")
                .get(0)
                .span(LocalDate.of(2020, 6, 15))
                .orElseThrow();

        assertThat(span.months()).isEqualTo(6);
    }

    @Test
    void futureEndDatesAreClampedToTheReferenceDate() {
        MonthSpan span =
                parser.findRanges("Jan 2026 - Dec 2028").get(0).span(REFERENCE).orElseThrow();

        assertThat(span.endExclusive()).isEqualTo(YearMonth.of(2026, 12));
    }

    private static PartialDate partial(String yearMonth) {
        String[] parts = yearMonth.split("-");
        return PartialDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
