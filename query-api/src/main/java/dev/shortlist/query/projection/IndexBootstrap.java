package dev.shortlist.query.projection;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Startup step that installs the index templates and the versioned indices behind their aliases,
 * before the projector's listeners start (a lower lifecycle phase than Kafka's containers). Waits
 * for Elasticsearch for a bounded time, then fails startup.
 */
public final class IndexBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    /** Kafka listener containers start in phase {@code Integer.MAX_VALUE - 100}; this runs first. */
    public static final int PHASE = Integer.MAX_VALUE - 1000;

    private final ProjectionIndices indices;
    private final int version;
    private final Duration timeout;
    private volatile boolean running;

    public IndexBootstrap(ProjectionIndices indices, int version, Duration timeout) {
        this.indices = indices;
        this.version = version;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        Instant deadline = Instant.now().plus(timeout);
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                indices.bootstrap(version);
                running = true;
                return;
            } catch (IOException | RuntimeException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Elasticsearch indices could not be set up within " + timeout, e);
                }
                log.warn("Elasticsearch not ready for index setup ({}); retrying in {}", e.getMessage(), pause);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
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
