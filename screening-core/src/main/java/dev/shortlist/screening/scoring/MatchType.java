package dev.shortlist.screening.scoring;

/** How a requirement was matched; mirrors the Avro {@code MatchType}. */
public enum MatchType {
    /** The canonical skill, title token or value itself. */
    EXACT,
    /** An alias of the same taxonomy skill (k8s for Kubernetes). */
    ALIAS,
    /** A related taxonomy skill, with partial credit (MySQL for PostgreSQL). */
    RELATED,
    /** Worded differently, matched by sentence-embedding similarity. */
    SEMANTIC,
    /** Computed from the profile (years from dated roles, level from degrees). */
    DERIVED
}
