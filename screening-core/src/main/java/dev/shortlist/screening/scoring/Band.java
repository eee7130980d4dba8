package dev.shortlist.screening.scoring;

/**
 * Coarse band of a score, shown instead of false precision; mirrors the Avro {@code Band}.
 * A band is a reading aid for recruiters, never a decision: no band rejects anyone.
 */
public enum Band {
    /** 75 and above. */
    STRONG,
    /** 60 to below 75. */
    GOOD,
    /** 40 to below 60. */
    PARTIAL,
    /** Below 40. */
    WEAK;

    public static final double STRONG_FROM = 75.0;
    public static final double GOOD_FROM = 60.0;
    public static final double PARTIAL_FROM = 40.0;

    public static Band of(double score) {
        if (score >= STRONG_FROM) {
            return STRONG;
        }
        if (score >= GOOD_FROM) {
            return GOOD;
        }
        if (score >= PARTIAL_FROM) {
            return PARTIAL;
        }
        return WEAK;
    }
}
