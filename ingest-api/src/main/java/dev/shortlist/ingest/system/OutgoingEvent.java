package dev.shortlist.ingest.system;

import org.apache.avro.specific.SpecificRecord;

/** An event to append to a topic of the catalog, with its key. */
public record OutgoingEvent(String topic, String key, SpecificRecord value) {}
