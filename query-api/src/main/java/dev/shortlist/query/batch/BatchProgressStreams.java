package dev.shortlist.query.batch;

import dev.shortlist.query.projection.BatchDocument;
import dev.shortlist.query.projection.BatchProgressListeners;
import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.QueryProperties;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live batch progress over Server-Sent Events. A stream starts with a snapshot of the projection,
 * then receives every progress document this instance's projector makes visible (pushed through
 * {@link BatchProgressListeners}), plus a periodic re-read of the projection that covers updates
 * projected by other instances. Events are named {@code progress}; the stream completes after the
 * batch's final state has been sent.
 */
@Component
class BatchProgressStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchProgressStreams.class);

    private final BatchQueries batches;
    private final BatchProgressListeners listeners;
    private final QueryProperties properties;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "batch-progress-poller");
        thread.setDaemon(true);
        return thread;
    });

    BatchProgressStreams(BatchQueries batches, BatchProgressListeners listeners, QueryProperties properties) {
        this.batches = batches;
        this.listeners = listeners;
        this.properties = properties;
    }

    /** Opens a stream for a batch of the organization (404 before any stream when it is not theirs). */
    SseEmitter open(OrganizationId org, String batchId) throws IOException {
        BatchDocument snapshot = batches.get(org, batchId);
        SseEmitter emitter = new SseEmitter(properties.sse().timeout().toMillis());
        Stream stream = new Stream(org, emitter);
        stream.subscription = listeners.subscribe(batchId, stream::offer);
        long poll = properties.sse().pollInterval().toMillis();
        stream.polling = poller.scheduleWithFixedDelay(() -> stream.poll(batchId), poll, poll, TimeUnit.MILLISECONDS);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(e -> stream.close());
        // Sent from another thread once the response is set up, like every later event.
        poller.execute(() -> stream.offer(snapshot));
        return emitter;
    }

    /** One client's stream: sends only progress newer than what it already sent. */
    private final class Stream {
        private final OrganizationId org;
        private final SseEmitter emitter;
        private final AtomicReference<BatchDocument> last = new AtomicReference<>();
        private volatile AutoCloseable subscription;
        private volatile ScheduledFuture<?> polling;
        private volatile boolean closed;

        Stream(OrganizationId org, SseEmitter emitter) {
            this.org = org;
            this.emitter = emitter;
        }

        synchronized void offer(BatchDocument batch) {
            if (closed || !org.value().equals(batch.organizationId()) || !newer(batch, last.get())) {
                return;
            }
            try {
                emitter.send(SseEmitter.event()
                        .name("progress")
                        .id(Long.toString(batch.counts().processed()))
                        .data(BatchView.of(batch), MediaType.APPLICATION_JSON));
                last.set(batch);
                if (batch.finished()) {
                    emitter.complete();
                    close();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Progress stream of {} closed by the client", batch.batchId());
                close();
            }
        }

        void poll(String batchId) {
            try {
                batches.find(org, batchId).ifPresent(this::offer);
            } catch (IOException | RuntimeException e) {
                log.debug("Progress poll of {} failed: {}", batchId, e.toString());
            }
        }

        void close() {
            closed = true;
            ScheduledFuture<?> future = polling;
            if (future != null) {
                future.cancel(false);
            }
            AutoCloseable handle = subscription;
            if (handle != null) {
                try {
                    handle.close();
                } catch (Exception e) {
                    log.debug("Unsubscribing failed", e);
                }
            }
        }
    }

    /** A later state: more processed, or the same count with a changed status or a later update. */
    static boolean newer(BatchDocument candidate, BatchDocument previous) {
        if (previous == null) {
            return true;
        }
        if (candidate.counts().processed() != previous.counts().processed()) {
            return candidate.counts().processed() > previous.counts().processed();
        }
        if (!candidate.status().equals(previous.status())) {
            return previous.finished() ? false : true;
        }
        Instant candidateAt = candidate.timeline().updatedAt();
        Instant previousAt = previous.timeline().updatedAt();
        return candidateAt != null && previousAt != null && candidateAt.isAfter(previousAt);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
