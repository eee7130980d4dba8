package dev.shortlist.streams.system;

import dev.shortlist.schemas.common.EventMetadata;
import java.time.Instant;
import java.util.UUID;

/** The metadata envelope of the events this application writes. */
public final class StreamsEvents {

    /** Written into {@code EventMetadata.producer}: the application and the version its jar was built as. */
    public static final String PRODUCER = "streams-processor/" + version();

    private StreamsEvents() {}

    /** The jar manifest's version; classes run outside a jar (tests, an IDE) say {@code dev}. */
    private static String version() {
        String version = StreamsEvents.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * Metadata of an event caused by {@code cause}: same organization and correlation, causation the
     * cause's event id, a fresh event id.
     */
    public static EventMetadata causedBy(EventMetadata cause, Instant occurredAt) {
        return caused(cause.getOrganizationId(), cause.getCorrelationId(), cause.getEventId(), occurredAt);
    }

    public static EventMetadata caused(
            String organizationId, String correlationId, String causationId, Instant occurredAt) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(occurredAt)
                .setOrganizationId(organizationId)
                .setCorrelationId(correlationId)
                .setCausationId(causationId)
                .setActor(null)
                .setProducer(PRODUCER)
                .build();
    }
}
