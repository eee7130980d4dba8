package dev.shortlist.ingest.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Replays the first response to a request carrying the same {@code Idempotency-Key} from the same
 * organization (for the same operation) within a time window, so a client may retry a POST whose
 * response it lost without creating a second resume, batch or job. Concurrent retries wait for the
 * first attempt. Failed attempts (exceptions) are not remembered, so they can be retried.
 *
 * <p>Kept in memory per instance, in a Caffeine cache expiring each key {@code window} after its
 * first attempt and bounded in size: a retry routed to another instance, after a restart or after
 * its key was evicted is handled again (uploads then still resolve to the same resume through
 * duplicate detection).
 */
public final class IdempotencyCache {

    private final Cache<String, CompletableFuture<Object>> responses;
    private final ConcurrentMap<String, CompletableFuture<Object>> slots;

    /**
     * @param clock      time source of the window (tests move it)
     * @param window     how long a key replays its first response
     * @param maxEntries most keys remembered at once
     */
    public IdempotencyCache(Clock clock, Duration window, long maxEntries) {
        Ticker ticker = () -> {
            var now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        };
        this.responses = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(window)
                .maximumSize(maxEntries)
                // Evict on the calling thread: no background work, and bounds hold when the call returns.
                .executor(Runnable::run)
                .build();
        this.slots = responses.asMap();
    }

    @SuppressWarnings("unchecked")
    public <T> T execute(String organizationId, String operation, String key, Supplier<T> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        String id = organizationId + '\n' + operation + '\n' + key;
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = slots.putIfAbsent(id, mine);
        if (existing != null) {
            try {
                return (T) existing.get();
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
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            slots.remove(id, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Keys remembered now (after pending expiry and eviction). */
    long size() {
        responses.cleanUp();
        return responses.estimatedSize();
    }
}
