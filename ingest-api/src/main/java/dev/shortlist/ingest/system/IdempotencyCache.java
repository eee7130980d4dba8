package dev.shortlist.ingest.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Replays the first response to a request carrying the same {@code Idempotency-Key} from the same
 * organization (for the same operation) within a time window, so a client may retry a POST whose
 * response it lost without creating a second resume, batch or job. Concurrent retries wait for the
 * first attempt. Failed attempts (exceptions) are not remembered, so they can be retried.
 *
 * <p>Kept in memory per instance: a retry routed to another instance, or after a restart, is
 * handled again (uploads then still resolve to the same resume through duplicate detection).
 */
public final class IdempotencyCache {

    private final Clock clock;
    private final Duration window;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private volatile Instant nextEviction = Instant.MIN;

    public IdempotencyCache(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    private record Slot(Instant expiresAt, CompletableFuture<Object> response) {
    }

    @SuppressWarnings("unchecked")
    public <T> T execute(String organizationId, String operation, String key, Supplier<T> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        evictExpired();
        String id = organizationId + '\n' + operation + '\n' + key;
        Slot mine = new Slot(clock.instant().plus(window), new CompletableFuture<>());
        Slot existing = slots.putIfAbsent(id, mine);
        if (existing != null) {
            try {
                return (T) existing.response().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the first attempt", e);
            } catch (ExecutionException e) {
                // The first attempt failed and was forgotten: this retry performs the action itself.
                return execute(organizationId, operation, key, action);
            }
        }
        try {
            T result = action.get();
            mine.response().complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            slots.remove(id, mine);
            mine.response().completeExceptionally(e);
            throw e;
        }
    }

    private void evictExpired() {
        Instant now = clock.instant();
        if (now.isBefore(nextEviction)) {
            return;
        }
        nextEviction = now.plusSeconds(10);
        slots.values().removeIf(slot -> slot.expiresAt().isBefore(now) && slot.response().isDone());
    }
}
