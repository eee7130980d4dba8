package dev.shortlist.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOffExecution;

class IndexBootstrapTest {

    private static final RetryPolicy FAST = RetryPolicy.builder()
            .maxRetries(Long.MAX_VALUE)
            .delay(Duration.ofMillis(5))
            .multiplier(2)
            .maxDelay(Duration.ofMillis(20))
            .timeout(Duration.ofSeconds(10))
            .build();

    @Test
    void retriesUntilElasticsearchAnswersThenRuns() {
        AtomicInteger attempts = new AtomicInteger();
        IndexBootstrap bootstrap = new IndexBootstrap(
                () -> {
                    if (attempts.incrementAndGet() < 6) {
                        throw new IOException("Connection refused");
                    }
                },
                FAST);

        bootstrap.start();

        assertThat(attempts).hasValue(6);
        assertThat(bootstrap.isRunning()).isTrue();
    }

    @Test
    void givesUpAfterTheTimeoutAndFailsStartup() {
        AtomicInteger attempts = new AtomicInteger();
        IndexBootstrap bootstrap = new IndexBootstrap(
                () -> {
                    attempts.incrementAndGet();
                    throw new IOException("Connection refused");
                },
                RetryPolicy.builder()
                        .maxRetries(Long.MAX_VALUE)
                        .delay(Duration.ofMillis(5))
                        .maxDelay(Duration.ofMillis(20))
                        .multiplier(2)
                        .timeout(Duration.ofMillis(300))
                        .build());

        long started = System.nanoTime();
        assertThatThrownBy(bootstrap::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be set up")
                .hasRootCauseMessage("Connection refused");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(attempts.get()).isGreaterThan(3);
        assertThat(bootstrap.isRunning()).isFalse();
    }

    @Test
    void theServicesPolicyIsBoundedByTheTimeoutOnlyWithPausesOfAtMostFiveSeconds() {
        RetryPolicy policy = IndexBootstrap.policy(Duration.ofSeconds(120));
        assertThat(policy.getTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.shouldRetry(new IOException("Connection refused"))).isTrue();
        BackOffExecution pauses = policy.getBackOff().start();
        assertThat(pauses.nextBackOff()).isEqualTo(250);
        long last = 0;
        for (int i = 0; i < 10_000; i++) {
            last = pauses.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP).isLessThanOrEqualTo(5000);
        }
        assertThat(last).isEqualTo(5000);
    }
}
