package dev.shortlist.streams.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code maxFailures} failures within any sliding {@code window}; the next one exceeds the budget. */
public final class FailureBudget {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    public FailureBudget(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Records a failure; {@code true} while the failures in the current window stay within budget. */
    public synchronized boolean recordFailure() {
        Instant now = clock.instant();
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
            failures.removeFirst();
        }
        failures.addLast(now);
        return failures.size() <= maxFailures;
    }
}
