package dev.shortlist.ingest.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for small writes: concurrent requests' events are queued and a few writer threads
 * each take whatever is waiting and write it in one transaction. A Kafka transaction costs several
 * round trips whatever its size, so sharing them is what lets single uploads scale. Each request
 * still sees all-or-nothing: its events are committed with its group or not at all, and it is
 * answered only after the outcome is known. Large writes (batches) bypass the queue and keep a
 * transaction of their own.
 */
final class GroupCommitEventPublisher implements EventPublisher, AutoCloseable {

    private record Pending(List<OutgoingEvent> events, CompletableFuture<Void> done) {}

    private final EventPublisher delegate;
    private final int maxGroupEvents;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param delegate       writes one group in one transaction
     * @param writers        groups in flight at once
     * @param maxGroupEvents most events in one group; larger writes go straight to the delegate
     */
    GroupCommitEventPublisher(EventPublisher delegate, int writers, int maxGroupEvents) {
        this.delegate = delegate;
        this.maxGroupEvents = maxGroupEvents;
        for (int i = 0; i < writers; i++) {
            Thread writer = new Thread(this::writeGroups, "event-group-commit-" + i);
            writer.setDaemon(true);
            writer.start();
            this.writers.add(writer);
        }
    }

    @Override
    public void publish(List<OutgoingEvent> events) {
        if (writers.isEmpty() || events.size() >= maxGroupEvents) {
            delegate.publish(events);
            return;
        }
        if (!running) {
            throw new EventLogUnavailableException("The service is shutting down", null);
        }
        Pending pending = new Pending(events, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void writeGroups() {
        List<Pending> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                int size = first.events().size();
                Pending next;
                while (size < maxGroupEvents
                        && (next = queue.peek()) != null
                        && size + next.events().size() <= maxGroupEvents) {
                    Pending taken = queue.poll();
                    if (taken == null) {
                        break;
                    }
                    group.add(taken);
                    size += taken.events().size();
                }
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void write(List<Pending> group) {
        List<OutgoingEvent> events = new ArrayList<>();
        group.forEach(p -> events.addAll(p.events()));
        try {
            delegate.publish(events);
            group.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            group.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /** Writes waiting for a writer. */
    int waiting() {
        return queue.size();
    }

    /** Writes what is queued, then stops the writers. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(30_000);
        }
    }
}
