package dev.shortlist.query.projection;

/**
 * Where an event sits in the log. All events of one entity share a partition (topics are keyed by
 * entity id), so {@code offset + 1} grows with every event of that entity: it is the external
 * version of the documents the event produces.
 */
public record EventPosition(String topic, int partition, long offset) {

    /** External document version derived from the position; never 0, which creation-only writes use. */
    public long version() {
        return offset + 1;
    }
}
