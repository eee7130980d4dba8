package dev.shortlist.query.projection;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * Startup step that installs the index templates and the versioned indices behind their aliases,
 * before the projector's listeners start (a lower lifecycle phase than Kafka's containers). Retries
 * with exponential back-off while Elasticsearch is not ready, for a bounded time, then fails startup.
 */
public final class IndexBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    /** Kafka listener containers start in phase {@code Integer.MAX_VALUE - 100}; this runs first. */
    public static final int PHASE = Integer.MAX_VALUE - 1000;

    /** One attempt at the setup; any exception means "not ready yet". */
    @FunctionalInterface
    public interface Setup {
        void run() throws Exception;
    }

    private final Setup setup;
    private final RetryPolicy policy;
    private volatile boolean running;

    public IndexBootstrap(ProjectionIndices indices, int version, Duration timeout) {
        this(() -> indices.bootstrap(version), policy(timeout));
    }

    /** Pauses doubling from 250 ms up to 5 s, as many attempts as fit into {@code timeout}. */
    static RetryPolicy policy(Duration timeout) {
        return RetryPolicy.builder()
                .maxRetries(Long.MAX_VALUE)
                .delay(Duration.ofMillis(250))
                .multiplier(2)
                .maxDelay(Duration.ofSeconds(5))
                .timeout(timeout)
                .build();
    }

    /** @param policy how often and how long to retry; its timeout bounds the wait */
    public IndexBootstrap(Setup setup, RetryPolicy policy) {
        this.setup = setup;
        this.policy = policy;
    }

    @Override
    public void start() {
        RetryTemplate retry = new RetryTemplate(policy);
        retry.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable e) {
                log.warn("Elasticsearch not ready for index setup ({}); retrying", e.getMessage());
            }
        });
        try {
            retry.execute(() -> {
                setup.run();
                return null;
            });
            running = true;
        } catch (RetryException e) {
            throw new IllegalStateException(
                    "Elasticsearch indices could not be set up within " + policy.getTimeout() + " ("
                            + (e.getRetryCount() + 1) + " attempts)",
                    e.getLastException());
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
