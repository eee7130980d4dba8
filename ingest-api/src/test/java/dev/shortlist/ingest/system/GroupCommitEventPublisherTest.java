package dev.shortlist.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shortlist.schemas.batch.FileRejection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitEventPublisherTest {

    /** Records each transaction; the first one blocks until released, so others queue up meanwhile. */
    static final class SlowLog implements EventPublisher {
        final List<List<OutgoingEvent>> transactions = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean failing;

        @Override
        public void publish(List<OutgoingEvent> events) {
            if (firstStarted.getCount() > 0) {
                firstStarted.countDown();
                await(release);
            }
            if (failing) {
                throw new EventLogUnavailableException("down", null);
            }
            transactions.add(List.copyOf(events));
        }
    }

    private static OutgoingEvent event(String key) {
        return new OutgoingEvent("topic", key, new FileRejection(key, "R", "d"));
    }

    @Test
    void concurrentWritesShareATransactionAndEachReturnsOnlyOnceCommitted() throws Exception {
        SlowLog log = new SlowLog();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try (GroupCommitEventPublisher publisher = new GroupCommitEventPublisher(log, 1, 100)) {
            Future<?> first = clients.submit(() -> publisher.publish(List.of(event("first"))));
            assertThat(log.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<?>> queued = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String key = "queued-" + i;
                queued.add(clients.submit(() -> publisher.publish(List.of(event(key), event(key + "-screening")))));
            }
            org.awaitility.Awaitility.await().until(() -> publisher.waiting() == 5);
            assertThat(queued).noneMatch(Future::isDone);

            log.release.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<?> f : queued) {
                f.get(5, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(log.transactions.stream().mapToInt(List::size).sum()).isEqualTo(11);
        // The first write alone, then the five queued meanwhile together.
        assertThat(log.transactions).hasSize(2);
    }

    @Test
    void aFailedGroupFailsEveryWriteInIt() {
        SlowLog log = new SlowLog();
        log.release.countDown();
        log.failing = true;
        try (GroupCommitEventPublisher publisher = new GroupCommitEventPublisher(log, 2, 100)) {
            assertThatThrownBy(() -> publisher.publish(List.of(event("a"))))
                    .isInstanceOf(EventLogUnavailableException.class);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(log.transactions).isEmpty();
    }

    @Test
    void largeWritesKeepATransactionOfTheirOwn() throws Exception {
        SlowLog log = new SlowLog();
        log.release.countDown();
        List<OutgoingEvent> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(event("b" + i));
        }
        try (GroupCommitEventPublisher publisher = new GroupCommitEventPublisher(log, 1, 10)) {
            publisher.publish(batch);
        }
        assertThat(log.transactions).containsExactly(batch);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
