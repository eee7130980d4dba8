package dev.shortlist.screening.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates and date ranges in resume text: "Jan 2019", "January 2019", "01/2019", "2019-01",
 * "2019", "Jan '19", "enero de 2019", ranges joined by "-", "–", "—", "to", "until", "bis", "à",
 * "hasta", "até"..., open ends ("Present", "Current", "heute", "actuel", "actualidad", "atual"...)
 * and "Since 2019" / "seit 2019" / "depuis 2019". Stateless and thread-safe.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH_ALTERNATION = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));

    private static final String YEAR = "(?:19|20)\\d{2}";

    /** One date. Alternatives are tried in order; the first that matches at a position wins. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
                    + "(?<mn>" + MONTH_ALTERNATION + ")\\.?(?:\\s+de)?[\\s,./-]*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?"
                    + "(?<my>" + YEAR + "|['’‘`]\\d{2})"
                    + "|(?<dd>\\d{1,2})\\.\\s?(?<dm>" + MONTH_ALTERNATION + ")\\.?\\s+(?<dy>" + YEAR + ")"
                    + "|(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<fy>" + YEAR + ")"
                    + "|(?<m>0?[1-9]|1[0-2])\\s?[/.-]\\s?(?<y>" + YEAR + ")"
                    + "|(?<iy>" + YEAR + ")[/.-](?<im>0[1-9]|1[0-2])(?:[/.-]\\d{2})?"
                    + "|(?<!\\d[/.])(?<yo>" + YEAR + ")"
                    + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Jan – Mar 2019": two months sharing one year. */
    private static final Pattern SHARED_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?<m1>" + MONTH_ALTERNATION + ")\\.?\\s*(?:[-–—]|to|bis|à|a|al)\\s*(?<m2>"
                    + MONTH_ALTERNATION + ")\\.?,?\\s+(?<y>" + YEAR + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PRESENT = Pattern.compile(
            "(?:present|current(?:ly)?|now|today|to\\s+date|date|ongoing|till\\s+date|till\\s+now|"
                    + "heute|bis\\s+heute|aktuell|derzeit|jetzt|laufend|dato|"
                    + "actuel(?:le|lement)?|aujourd['’]hui|présent|en\\s+cours|ce\\s+jour|à\\s+ce\\s+jour|"
                    + "actualidad|la\\s+actualidad|presente|actual|hoy|la\\s+fecha|"
                    + "atual(?:mente)?|hoje|o\\s+momento|"
                    + "oggi|in\\s+corso|attuale|"
                    + "heden|nu|huidig|"
                    + "اکنون|کنون|تاکنون|حال|هم\\s*اکنون|الآن|الان|حاليا|حالياً|حتى\\s+الآن)"
                    + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may stand between the two ends of a range. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "^[\\s(]*(?:[-–—‑−~:]{1,2}|to|till|until|through|thru|bis|à|au|a|al|hasta|até|ate|tot|t/m|fino\\s+a|"
                    + "jusqu['’]à|tot\\s+en\\s+met|تا|إلى|الى|حتى)?[\\s)]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern OPEN_END_SEPARATOR = Pattern.compile(
            "[\\s(]*(?:[-–—‑−~:]{1,2}|to|till|until|through|bis|à|au|a|al|hasta|até|tot|fino\\s+a|jusqu['’]à|تا|إلى|الى)[\\s)]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SINCE = Pattern.compile(
            "(?:since|from|seit|ab|depuis|desde|dal|dall['’]|sinds|vanaf|از|منذ)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final int referenceYear;

    /** @param reference the date the resume was uploaded: two-digit years are read relative to it */
    public DateParser(LocalDate reference) {
        this.referenceYear = reference.getYear();
    }

    /** Every date and range in the text, in order; a range is reported once, not as its two dates. */
    public List<DateRange> find(CharSequence input) {
        String text = asciiDigits(input);
        if (!hasFourDigitsOrApostrophe(text)) {
            return List.of();
        }
        List<Found> dates = new ArrayList<>();
        Matcher shared = SHARED_YEAR.matcher(text);
        List<int[]> taken = new ArrayList<>();
        List<DateRange> result = new ArrayList<>();
        while (shared.find()) {
            int year = Integer.parseInt(shared.group("y"));
            Integer m1 = month(shared.group("m1"));
            Integer m2 = month(shared.group("m2"));
            if (m1 != null && m2 != null && m1 <= m2) {
                result.add(new DateRange(
                        shared.start(), shared.end(), PartialDate.of(year, m1), PartialDate.of(year, m2), false, true));
                taken.add(new int[] {shared.start(), shared.end()});
            }
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            PartialDate date = toDate(m);
            if (date != null) {
                dates.add(new Found(m.start(), m.end(), date));
            }
        }
        int i = 0;
        while (i < dates.size()) {
            Found first = dates.get(i);
            Found second = i + 1 < dates.size() ? dates.get(i + 1) : null;
            if (second != null
                    && SEPARATOR
                            .matcher(text.substring(first.end, second.start))
                            .matches()
                    && !second.date
                            .toLocalDate()
                            .isBefore(first.date.toLocalDate().withMonth(1))
                    && hasSeparator(text.substring(first.end, second.start))) {
                result.add(new DateRange(first.start, second.end, first.date, second.date, false, true));
                i += 2;
                continue;
            }
            int presentEnd = presentEnd(text, first.end);
            if (presentEnd > 0) {
                result.add(new DateRange(first.start, presentEnd, first.date, null, true, true));
            } else if (SINCE.matcher(text.substring(Math.max(0, first.start - 12), first.start))
                    .find()) {
                result.add(new DateRange(first.start, first.end, first.date, null, true, true));
            } else {
                result.add(new DateRange(first.start, first.end, first.date, null, false, false));
            }
            i++;
        }
        result.sort(Comparator.comparingInt(DateRange::start));
        return result;
    }

    /** Only the ranges (two dates, a date and "present", or "since" a date). */
    public List<DateRange> findRanges(CharSequence text) {
        return find(text).stream().filter(DateRange::range).toList();
    }

    /** Every date needs a year: skip the regular expressions for text without one. */
    private static boolean hasFourDigitsOrApostrophe(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 4) {
                    return true;
                }
            } else {
                if (run == 2
                        && i >= 3
                        && (text.charAt(i - 3) == '\''
                                || text.charAt(i - 3) == '’'
                                || text.charAt(i - 3) == '‘'
                                || text.charAt(i - 3) == '`')) {
                    return true;
                }
                run = 0;
            }
        }
        return run == 2 && text.length() >= 3 && "'’‘`".indexOf(text.charAt(text.length() - 3)) >= 0;
    }

    private static boolean hasSeparator(String gap) {
        return !gap.isBlank();
    }

    /** End offset of "– Present" (or an equivalent) right after a date, or -1. */
    private static int presentEnd(String text, int from) {
        Matcher sep = OPEN_END_SEPARATOR.matcher(text);
        sep.region(from, text.length());
        if (!sep.lookingAt()) {
            return -1;
        }
        Matcher present = PRESENT.matcher(text);
        present.region(sep.end(), text.length());
        return present.lookingAt() ? present.end() : -1;
    }

    private PartialDate toDate(Matcher m) {
        if (m.group("mn") != null) {
            Integer month = month(m.group("mn"));
            return month == null ? null : PartialDate.of(year(m.group("my")), month);
        }
        if (m.group("dm") != null) {
            Integer month = month(m.group("dm"));
            return month == null ? null : PartialDate.of(Integer.parseInt(m.group("dy")), month);
        }
        if (m.group("fy") != null) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            // 15.01.2019 is day-first; 01/15/2019 is month-first; "/" with both <= 12 reads month-first.
            int month = m.group("sep").equals(".") ? b : (a > 12 ? b : a);
            if (month < 1 || month > 12) {
                return null;
            }
            return PartialDate.of(Integer.parseInt(m.group("fy")), month);
        }
        if (m.group("y") != null) {
            return PartialDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")));
        }
        if (m.group("iy") != null) {
            return PartialDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")));
        }
        return PartialDate.ofYear(Integer.parseInt(m.group("yo")));
    }

    private int year(String written) {
        if (written.length() == 4) {
            return Integer.parseInt(written);
        }
        int twoDigits = Integer.parseInt(written.substring(1));
        int century = referenceYear / 100 * 100;
        int candidate = century + twoDigits;
        return candidate > referenceYear + 1 ? candidate - 100 : candidate;
    }

    private static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** Arabic-Indic and Persian digits read as ASCII digits; same length, so offsets are unchanged. */
    static String asciiDigits(CharSequence input) {
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record Found(int start, int end, PartialDate date) {}

    private static Map<String, Integer> months() {
        Map<String, Integer> map = new LinkedHashMap<>();
        String[][] names = {
            // English
            {"january", "jan"},
            {"february", "feb"},
            {"march", "mar"},
            {"april", "apr"},
            {"may"},
            {"june", "jun"},
            {"july", "jul"},
            {"august", "aug"},
            {"september", "sep", "sept"},
            {"october", "oct"},
            {"november", "nov"},
            {"december", "dec"},
        };
        String[][] german = {
            {"januar", "jän", "jänner"},
            {"februar"},
            {"märz", "mär", "mrz", "maerz"},
            {},
            {"mai"},
            {"juni"},
            {"juli"},
            {},
            {},
            {"oktober", "okt"},
            {},
            {"dezember", "dez"}
        };
        String[][] french = {
            {"janvier", "janv"},
            {"février", "fevrier", "févr", "fév", "fevr"},
            {"mars"},
            {"avril", "avr"},
            {},
            {"juin"},
            {"juillet", "juil"},
            {"août", "aout"},
            {"septembre"},
            {"octobre"},
            {"novembre"},
            {"décembre", "decembre", "déc"}
        };
        String[][] spanish = {
            {"enero", "ene"},
            {"febrero"},
            {"marzo"},
            {"abril", "abr"},
            {"mayo"},
            {"junio"},
            {"julio"},
            {"agosto", "ago"},
            {"septiembre", "setiembre"},
            {"octubre"},
            {"noviembre"},
            {"diciembre", "dic"}
        };
        String[][] portuguese = {
            {"janeiro"},
            {"fevereiro", "fev"},
            {"março", "marco"},
            {},
            {"maio"},
            {"junho"},
            {"julho"},
            {},
            {"setembro", "set"},
            {"outubro", "out"},
            {"novembro"},
            {"dezembro"}
        };
        String[][] italian = {
            {"gennaio", "gen"},
            {"febbraio"},
            {},
            {"aprile"},
            {"maggio", "mag"},
            {"giugno", "giu"},
            {"luglio", "lug"},
            {},
            {"settembre"},
            {"ottobre", "ott"},
            {},
            {}
        };
        String[][] dutch = {
            {"januari"}, {"februari"}, {"maart", "mrt"}, {}, {"mei"}, {}, {}, {"augustus"}, {}, {}, {}, {}
        };
        for (String[][] language : new String[][][] {names, german, french, spanish, portuguese, italian, dutch}) {
            for (int month = 0; month < 12; month++) {
                for (String name : language[month]) {
                    map.putIfAbsent(name, month + 1);
                }
            }
        }
        return Map.copyOf(map);
    }
}
