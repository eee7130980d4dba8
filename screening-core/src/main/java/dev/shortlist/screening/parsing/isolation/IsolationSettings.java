package dev.shortlist.screening.parsing.isolation;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Limits of the pool of extraction worker processes.
 *
 * @param workers      worker JVMs; at least two, so that one document being killed never stalls the rest
 * @param heap         each worker's hard heap cap, as for {@code -Xmx} (e.g. {@code 256m})
 * @param timeout      wall-clock limit for one document; on overrun the worker is killed and replaced
 * @param queue        documents that may wait for a free worker; callers beyond it fail at once
 * @param startTimeout how long a new worker may take to start and be ready
 */
public record IsolationSettings(int workers, String heap, Duration timeout, int queue, Duration startTimeout) {

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    public IsolationSettings {
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        if (!HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("heap must be a -Xmx size such as 256m, not " + heap);
        }
        if (timeout.isNegative() || timeout.isZero() || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative");
        }
    }

    /** Two workers of 256 MB heap, 10 s per document, 16 waiting documents, 60 s to start. */
    public static IsolationSettings defaults() {
        return new IsolationSettings(2, "256m", Duration.ofSeconds(10), 16, Duration.ofSeconds(60));
    }

    public IsolationSettings withWorkers(int value) {
        return new IsolationSettings(value, heap, timeout, queue, startTimeout);
    }

    public IsolationSettings withHeap(String value) {
        return new IsolationSettings(workers, value, timeout, queue, startTimeout);
    }

    public IsolationSettings withTimeout(Duration value) {
        return new IsolationSettings(workers, heap, value, queue, startTimeout);
    }

    public IsolationSettings withQueue(int value) {
        return new IsolationSettings(workers, heap, timeout, value, startTimeout);
    }
}
