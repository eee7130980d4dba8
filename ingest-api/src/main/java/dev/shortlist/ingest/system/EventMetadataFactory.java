package dev.shortlist.ingest.system;

import dev.shortlist.schemas.common.EventMetadata;
import java.time.Clock;
import java.util.UUID;

/** Builds the metadata envelope every event carries. */
public final class EventMetadataFactory {

    private final Clock clock;
    private final String producer;

    public EventMetadataFactory(Clock clock, String producer) {
        this.clock = clock;
        this.producer = producer;
    }

    public EventMetadata create(Caller caller, String correlationId) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(clock.instant())
                .setOrganizationId(caller.organizationId())
                .setCorrelationId(correlationId)
                .setActor(caller.subject())
                .setProducer(producer)
                .build();
    }

    public Clock clock() {
        return clock;
    }
}
