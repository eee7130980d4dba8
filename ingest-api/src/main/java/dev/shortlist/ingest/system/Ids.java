package dev.shortlist.ingest.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Entity ids such as {@code RES_20261123_01JD3X5Q7Z8K4M2N6P9R}: a prefix, the UTC day, then ten
 * Crockford base32 characters of the millisecond timestamp and ten of randomness (50 bits).
 * Ids sort by day and, within a day, by creation time; the random part keeps ids from different
 * instances apart without coordination.
 */
public final class Ids {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public String job() {
        return next("JOB");
    }

    public String resume() {
        return next("RES");
    }

    public String batch() {
        return next("BATCH");
    }

    String next(String prefix) {
        long now = clock.millis();
        StringBuilder id = new StringBuilder(prefix.length() + 30)
                .append(prefix)
                .append('_')
                .append(DAY.format(java.time.Instant.ofEpochMilli(now)))
                .append('_');
        appendBase32(id, now, 10);
        appendBase32(id, random.nextLong(), 10);
        return id.toString();
    }

    private static void appendBase32(StringBuilder out, long value, int digits) {
        for (int shift = (digits - 1) * 5; shift >= 0; shift -= 5) {
            out.append(CROCKFORD[(int) ((value >>> shift) & 31)]);
        }
    }
}
