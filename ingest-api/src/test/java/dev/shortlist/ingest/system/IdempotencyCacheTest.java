package dev.shortlist.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyCacheTest {

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final IdempotencyCache cache = new IdempotencyCache(clock, Duration.ofMinutes(10), 100);
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void sameKeyWithinTheWindowReplaysTheFirstResult() {
        assertThat(cache.execute("org", "op", "key", runs::incrementAndGet)).isEqualTo(1);
        now = now.plus(Duration.ofMinutes(9));
        assertThat(cache.execute("org", "op", "key", runs::incrementAndGet)).isEqualTo(1);
        assertThat(cache.execute("org", "op", "other-key", runs::incrementAndGet))
                .isEqualTo(2);
        assertThat(cache.execute("other-org", "op", "key", runs::incrementAndGet))
                .isEqualTo(3);
        assertThat(cache.execute("org", "other-op", "key", runs::incrementAndGet))
                .isEqualTo(4);
        assertThat(cache.execute("org", "op", null, runs::incrementAndGet)).isEqualTo(5);
    }

    @Test
    void afterTheWindowTheKeyIsNew() {
        cache.execute("org", "op", "key", runs::incrementAndGet);
        now = now.plus(Duration.ofMinutes(11));
        assertThat(cache.execute("org", "op", "key", runs::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void theWindowCountsFromTheFirstAttemptNotTheLastReplay() {
        cache.execute("org", "op", "key", runs::incrementAndGet);
        now = now.plus(Duration.ofMinutes(6));
        assertThat(cache.execute("org", "op", "key", runs::incrementAndGet)).isEqualTo(1);
        now = now.plus(Duration.ofMinutes(6));
        assertThat(cache.execute("org", "op", "key", runs::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void expiredKeysAreDropped() {
        for (int i = 0; i < 50; i++) {
            cache.execute("org", "op", "key-" + i, runs::incrementAndGet);
        }
        assertThat(cache.size()).isEqualTo(50);
        now = now.plus(Duration.ofMinutes(11));
        assertThat(cache.size()).isZero();
    }

    @Test
    void theNumberOfRememberedKeysIsBounded() {
        for (int i = 0; i < 1_000; i++) {
            cache.execute("org", "op", "key-" + i, runs::incrementAndGet);
        }
        assertThat(runs).hasValue(1_000);
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void aFailedAttemptIsNotRemembered() {
        assertThatThrownBy(() -> cache.execute("org", "op", "key", () -> {
                    throw new EventLogUnavailableException("down", null);
                }))
                .isInstanceOf(EventLogUnavailableException.class);
        assertThat(cache.execute("org", "op", "key", runs::incrementAndGet)).isEqualTo(1);
    }
}
