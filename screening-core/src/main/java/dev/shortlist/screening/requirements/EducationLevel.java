package dev.shortlist.screening.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Education levels, ordered from none to doctorate; mirrors the Avro {@code EducationLevel}. */
public enum EducationLevel {
    UNKNOWN,
    NONE,
    HIGH_SCHOOL,
    CERTIFICATE,
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORATE;

    // Highest level first: "Master's degree (Bachelor's accepted)" states a master's.
    private static final Pattern DOCTORATE_TEXT =
            Pattern.compile("\\b(ph\\.?\\s?d|doctorate|doctoral|doctor of|dphil|md degree|juris doctor|j\\.d\\.)\\b");
    private static final Pattern MASTER_TEXT = Pattern.compile(
            "\\b(master'?s?|masters|m\\.?sc|m\\.?s\\.|mba|m\\.?b\\.?a|m\\.?eng|m\\.?a\\.|llm|graduate degree|postgraduate)\\b");
    private static final Pattern BACHELOR_TEXT = Pattern.compile(
            "\\b(bachelor'?s?|b\\.?sc|b\\.?s\\.|b\\.?a\\.|bba|b\\.?eng|b\\.?tech|undergraduate degree|university degree|college degree|four-year degree|4-year degree)\\b");
    private static final Pattern ASSOCIATE_TEXT =
            Pattern.compile("\\b(associate'?s? degree|associate of|a\\.?a\\.?s\\.?|two-year degree)\\b");
    private static final Pattern CERTIFICATE_TEXT = Pattern.compile(
            "\\b((?<!school )diploma|certificate program|certification program|vocational (certificate|training|school))\\b");
    private static final Pattern HIGH_SCHOOL_TEXT = Pattern.compile(
            "\\b(high school (diploma|graduate|education|degree)|secondary school (diploma|certificate)|ged)\\b");

    /** True for levels that state something (not UNKNOWN, not NONE). */
    public boolean isStated() {
        return this != UNKNOWN && this != NONE;
    }

    /** The highest level a text names, e.g. "Bachelor's degree in Finance" gives BACHELOR. */
    public static Optional<Level> detect(String text) {
        return detectAll(text).stream().findFirst();
    }

    /** Every level a text names, highest first, at most one per level. */
    public static List<Level> detectAll(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Level> found = new ArrayList<>();
        for (Object[] candidate : new Object[][] {
            {DOCTORATE, DOCTORATE_TEXT}, {MASTER, MASTER_TEXT}, {BACHELOR, BACHELOR_TEXT},
            {ASSOCIATE, ASSOCIATE_TEXT}, {CERTIFICATE, CERTIFICATE_TEXT}, {HIGH_SCHOOL, HIGH_SCHOOL_TEXT}
        }) {
            Matcher m = ((Pattern) candidate[1]).matcher(lower);
            if (m.find()) {
                found.add(new Level((EducationLevel) candidate[0], m.start(), m.end()));
            }
        }
        return found;
    }

    /** A level found in text, with the offsets of the words that named it. */
    public record Level(EducationLevel level, int start, int end) {}
}
