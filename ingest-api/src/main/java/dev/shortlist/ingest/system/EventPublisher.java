package dev.shortlist.ingest.system;

import java.util.List;

/** Appends events to the event log. */
public interface EventPublisher {

    /**
     * Writes all the events atomically: after a normal return every one of them is committed;
     * after an exception none is visible to {@code read_committed} consumers.
     *
     * @throws EventLogUnavailableException when the log cannot be written in bounded time
     */
    void publish(List<OutgoingEvent> events);
}
