package dev.shortlist.query.projection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process registry of listeners to batch progress: the projector publishes every batch document
 * it has made visible, subscribers (the SSE endpoint) receive those of their batch. Only this
 * instance's projector publishes here: with several query-api instances each sees the partitions
 * it consumes, which is why the SSE endpoint also re-reads the projection periodically.
 */
public final class BatchProgressListeners {

    private static final Logger log = LoggerFactory.getLogger(BatchProgressListeners.class);

    private final Map<String, List<Consumer<BatchDocument>>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener; close the returned handle to unregister. */
    public AutoCloseable subscribe(String batchId, Consumer<BatchDocument> listener) {
        listeners.computeIfAbsent(batchId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(batchId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(BatchDocument batch) {
        for (Consumer<BatchDocument> listener : listeners.getOrDefault(batch.batchId(), List.of())) {
            try {
                listener.accept(batch);
            } catch (RuntimeException e) {
                log.debug("Batch progress listener failed for {}", batch.batchId(), e);
            }
        }
    }

    public int subscriberCount(String batchId) {
        return listeners.getOrDefault(batchId, List.of()).size();
    }
}
