package dev.shortlist.query.projection;

import java.util.Objects;

/**
 * One document write of a projection: indexed with {@code version_type=external}, so that a write
 * whose version is not greater than the stored one is rejected (409) and counted as already done.
 *
 * @param projection target projection
 * @param id         document id (the entity id)
 * @param version    external version: an event position, {@link #CREATE_ONLY} or {@link #ERASED}
 * @param document   the full document (a record serialised as JSON)
 */
public record IndexOp(Projection projection, String id, long version, Object document) {

    /** Version of writes that may only create a document, never overwrite one (any later event wins). */
    public static final long CREATE_ONLY = 0L;

    /** Version of erasure tombstones: above every event position, so no replay can resurrect the data. */
    public static final long ERASED = 1L << 60;

    public IndexOp {
        Objects.requireNonNull(projection);
        Objects.requireNonNull(id);
        Objects.requireNonNull(document);
    }
}
