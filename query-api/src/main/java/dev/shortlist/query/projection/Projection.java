package dev.shortlist.query.projection;

/**
 * The Elasticsearch projections. Each is read through an alias ({@code shortlist-screenings}) over
 * a versioned index ({@code shortlist-screenings-v1}) created from the index template of the same
 * name, so that a projection can be rebuilt by replay into a new version and swapped atomically.
 */
public enum Projection {
    JOBS("jobs"),
    RESUMES("resumes"),
    SCREENINGS("screenings"),
    SCREENING_HISTORY("screening-history"),
    BATCHES("batches"),
    HISTORY("history");

    private final String shortName;

    Projection(String shortName) {
        this.shortName = shortName;
    }

    /** The alias every reader uses, e.g. {@code shortlist-screenings}. */
    public String alias() {
        return "shortlist-" + shortName;
    }

    /** The concrete index of one version, e.g. {@code shortlist-screenings-v1}. */
    public String index(int version) {
        return alias() + "-v" + version;
    }

    /** Class-path resource holding the index template (settings and explicit mappings). */
    public String templateResource() {
        return "elasticsearch/" + shortName + ".json";
    }
}
