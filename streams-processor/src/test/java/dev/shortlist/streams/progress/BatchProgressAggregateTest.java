package dev.shortlist.streams.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.streams.progress.BatchProgressAggregate.Batch;
import dev.shortlist.streams.progress.BatchProgressAggregate.Progress;
import dev.shortlist.streams.progress.BatchProgressAggregate.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchProgressAggregateTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final BatchProgressAggregate aggregate = new BatchProgressAggregate("BATCH_1");

    @Test
    void aNewBatchIsPendingThenProcessingThenCompleted() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1", "R2"), 2, T0), T0);
        assertThat(progress().status()).isEqualTo(Status.PENDING);

        aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(1));
        assertThat(progress().status()).isEqualTo(Status.PROCESSING);
        assertThat(progress().startedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(progress().completedAt()).isNull();

        aggregate.onOutcome("R2", "JOB_1", true, T0.plusSeconds(4));
        Progress done = progress();
        assertThat(done.status()).isEqualTo(Status.COMPLETED);
        assertThat(done.processed()).isEqualTo(2);
        assertThat(done.succeeded()).isEqualTo(2);
        assertThat(done.failed()).isZero();
        assertThat(done.completedAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(done.resumesPerSecond()).isEqualTo(0.5);
    }

    @Test
    void aFailedResumeCompletesTheBatchWithFailures() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1", "R2"), 2, T0), T0);
        aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(1));
        aggregate.onOutcome("R2", "JOB_1", false, T0.plusSeconds(2));

        assertThat(progress().status()).isEqualTo(Status.COMPLETED_WITH_FAILURES);
        assertThat(progress().failed()).isEqualTo(1);
    }

    @Test
    void aRedeliveredOutcomeChangesNothingAndCountsOnce() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1", "R2"), 2, T0), T0);
        assertThat(aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(1))).isTrue();

        assertThat(aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(9))).isFalse();

        assertThat(progress().processed()).isEqualTo(1);
        assertThat(progress().updatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aLaterOutcomeOfTheSameResumeReplacesTheEarlierOne() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1"), 1, T0), T0);
        aggregate.onOutcome("R1", "JOB_1", false, T0.plusSeconds(1));

        aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(5));

        assertThat(progress().succeeded()).isEqualTo(1);
        assertThat(progress().failed()).isZero();
        assertThat(progress().completedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void outcomesBeforeTheBatchCountOnceTheBatchIsKnown() {
        aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(1));
        assertThat(aggregate.progress()).isEmpty();

        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1", "R2"), 2, T0), T0.plusSeconds(2));

        assertThat(progress().processed()).isEqualTo(1);
        assertThat(progress().status()).isEqualTo(Status.PROCESSING);
    }

    @Test
    void outcomesOfOtherResumesOrOtherJobsDoNotCount() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1"), 1, T0), T0);

        aggregate.onOutcome("R9", "JOB_1", true, T0.plusSeconds(1));
        aggregate.onOutcome("R1", "JOB_2", true, T0.plusSeconds(2));

        assertThat(progress().processed()).isZero();
        assertThat(progress().status()).isEqualTo(Status.PENDING);
    }

    @Test
    void anEmptyBatchIsCompletedAtOnce() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of(), 0, T0), T0);

        assertThat(progress().status()).isEqualTo(Status.COMPLETED);
        assertThat(progress().completedAt()).isEqualTo(T0);
    }

    @Test
    void aResumeWhoseLatestOutcomeIsAgainstAnotherJobLeavesTheCounts() {
        aggregate.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R1", "R2"), 2, T0), T0);
        aggregate.onOutcome("R1", "JOB_1", true, T0.plusSeconds(1));
        aggregate.onOutcome("R2", "JOB_1", true, T0.plusSeconds(2));

        aggregate.onOutcome("R1", "JOB_2", true, T0.plusSeconds(3));

        assertThat(progress().processed()).isEqualTo(1);
        assertThat(progress().startedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(progress().status()).isEqualTo(Status.PROCESSING);
    }

    @Test
    void theStoredFormRestoresTheSameProgress() {
        BatchProgressAggregate.MapLedger ledger = new BatchProgressAggregate.MapLedger();
        BatchProgressAggregate original =
                new BatchProgressAggregate(BatchProgressAggregate.Tally.empty("BATCH_1"), ledger);
        original.onOutcome("R0", "JOB_1", false, T0);
        original.onBatchCreated(new Batch("JOB_1", "org-a", List.of("R0", "R1", "R2"), 3, T0), T0);
        original.onOutcome("R1", "JOB_1", true, T0.plusSeconds(3));

        BatchProgressAggregate.MapLedger restoredLedger = new BatchProgressAggregate.MapLedger();
        ledger.forEach((resumeId, line) ->
                restoredLedger.put(resumeId, new LedgerLineSerde().read(new LedgerLineSerde().write(line))));
        BatchProgressAggregate restored = new BatchProgressAggregate(
                new BatchTallySerde().read(new BatchTallySerde().write(original.tally())), restoredLedger);

        assertThat(restored.progress()).isEqualTo(original.progress());
        assertThat(restored.progress().orElseThrow().processed()).isEqualTo(2);
        // Redelivered after the restore: still counted once.
        assertThat(restored.onOutcome("R1", "JOB_1", true, T0.plusSeconds(9))).isFalse();
        assertThat(restored.onOutcome("R2", "JOB_1", true, T0.plusSeconds(9))).isTrue();
        assertThat(restored.progress().orElseThrow().status()).isEqualTo(Status.COMPLETED_WITH_FAILURES);
    }

    private Progress progress() {
        return aggregate.progress().orElseThrow();
    }
}
