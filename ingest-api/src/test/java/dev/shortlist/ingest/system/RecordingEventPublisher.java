package dev.shortlist.ingest.system;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;

/** Test double of the event log: keeps what was published, or fails as an unreachable Kafka would. */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<OutgoingEvent> events = new CopyOnWriteArrayList<>();
    private volatile boolean unavailable;

    @Override
    public void publish(List<OutgoingEvent> batch) {
        if (unavailable) {
            throw new EventLogUnavailableException("Kafka is unreachable (simulated)", null);
        }
        events.addAll(batch);
    }

    public void unavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public List<OutgoingEvent> events() {
        return List.copyOf(events);
    }

    public <T extends SpecificRecord> List<T> events(Class<T> type) {
        return events.stream()
                .map(OutgoingEvent::value)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    public void clear() {
        events.clear();
    }
}
