package dev.shortlist.streams.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class BudgetedUncaughtExceptionHandlerTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final BudgetedUncaughtExceptionHandler handler =
            new BudgetedUncaughtExceptionHandler(new FailureBudget(2, Duration.ofMinutes(10), clock));

    @Test
    void threadsAreReplacedWithinTheBudgetAndTheClientShutsDownBeyondIt() {
        assertThat(handler.handle(new IllegalStateException("one")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(1));
        assertThat(handler.handle(new IllegalStateException("two")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(1));

        assertThat(handler.handle(new IllegalStateException("three")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void failuresOutsideTheWindowNoLongerCount() {
        handler.handle(new IllegalStateException("one"));
        handler.handle(new IllegalStateException("two"));
        clock.advance(Duration.ofMinutes(11));

        assertThat(handler.handle(new IllegalStateException("three")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
}
