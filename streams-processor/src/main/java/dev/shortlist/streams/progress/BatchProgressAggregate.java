package dev.shortlist.streams.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Progress of one batch: which of its resumes reached a terminal outcome, and whether it succeeded.
 *
 * <p>Counts are derived from a per-resume status, never incremented, so a redelivered or repeated
 * outcome cannot count twice; the latest outcome of a resume wins (a rescore can turn a failure into
 * a success) while the time it first became terminal is kept. Outcomes that arrive before the batch
 * itself are kept and count once the batch is known, if they belong to it.
 */
public final class BatchProgressAggregate {

    /** Batch status, from creation to completion. */
    public enum Status { PENDING, PROCESSING, COMPLETED, COMPLETED_WITH_FAILURES }

    /** The batch as accepted at ingest. */
    public record Batch(String jobId, String organizationId, List<String> resumeIds, int total, Instant createdAt) {
        public Batch {
            resumeIds = List.copyOf(resumeIds);
        }
    }

    /** The terminal outcome of one resume: against which job, whether it was scored, when it first ended. */
    public record Outcome(String jobId, boolean succeeded, Instant firstAt) {
    }

    /** What a reader of the batch sees. */
    public record Progress(String batchId, String jobId, String organizationId, int total, int processed,
                           int succeeded, int failed, Status status, Instant createdAt, Instant startedAt,
                           Instant completedAt, Instant updatedAt, Double resumesPerSecond) {
    }

    private final String batchId;
    private Batch batch;
    private final Map<String, Outcome> outcomes;
    private Instant updatedAt;

    public BatchProgressAggregate(String batchId) {
        this(batchId, null, Map.of(), null);
    }

    /** Restores an aggregate from its stored state. */
    public BatchProgressAggregate(String batchId, Batch batch, Map<String, Outcome> outcomes, Instant updatedAt) {
        this.batchId = Objects.requireNonNull(batchId);
        this.batch = batch;
        this.outcomes = new LinkedHashMap<>(outcomes);
        this.updatedAt = updatedAt;
    }

    public String batchId() {
        return batchId;
    }

    public Optional<Batch> batch() {
        return Optional.ofNullable(batch);
    }

    public Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /**
     * Records the batch definition.
     *
     * @return whether anything changed (a repeated definition changes nothing)
     */
    public boolean onBatchCreated(Batch created, Instant at) {
        if (created.equals(batch)) {
            return false;
        }
        batch = created;
        updatedAt = at;
        return true;
    }

    /**
     * Records the terminal outcome of one resume of the batch.
     *
     * @return whether anything changed (a redelivered outcome changes nothing)
     */
    public boolean onOutcome(String resumeId, String jobId, boolean succeeded, Instant at) {
        Outcome previous = outcomes.get(resumeId);
        if (previous != null && previous.jobId().equals(jobId) && previous.succeeded() == succeeded) {
            return false;
        }
        Instant firstAt = previous == null ? at : previous.firstAt();
        outcomes.put(resumeId, new Outcome(jobId, succeeded, firstAt));
        updatedAt = at;
        return true;
    }

    /** The progress, once the batch itself is known. */
    public Optional<Progress> progress() {
        if (batch == null) {
            return Optional.empty();
        }
        Set<String> members = new LinkedHashSet<>(batch.resumeIds());
        int succeeded = 0;
        int failed = 0;
        Instant startedAt = null;
        Instant lastAt = null;
        for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
            Outcome outcome = entry.getValue();
            // Only this batch's resumes screened against this batch's job count.
            if (!members.contains(entry.getKey()) || !outcome.jobId().equals(batch.jobId())) {
                continue;
            }
            if (outcome.succeeded()) {
                succeeded++;
            } else {
                failed++;
            }
            startedAt = startedAt == null || outcome.firstAt().isBefore(startedAt) ? outcome.firstAt() : startedAt;
            lastAt = lastAt == null || outcome.firstAt().isAfter(lastAt) ? outcome.firstAt() : lastAt;
        }
        int processed = succeeded + failed;
        boolean complete = processed >= batch.total();
        Status status = complete
                ? (failed == 0 ? Status.COMPLETED : Status.COMPLETED_WITH_FAILURES)
                : (processed == 0 ? Status.PENDING : Status.PROCESSING);
        Instant completedAt = complete ? (lastAt == null ? batch.createdAt() : lastAt) : null;
        Instant updated = updatedAt == null ? batch.createdAt() : updatedAt;
        Instant end = completedAt != null ? completedAt : updated;
        long millis = Duration.between(batch.createdAt(), end).toMillis();
        Double throughput = millis > 0 ? processed * 1000.0 / millis : null;
        return Optional.of(new Progress(batchId, batch.jobId(), batch.organizationId(), batch.total(), processed,
                succeeded, failed, status, batch.createdAt(), startedAt, completedAt, updated, throughput));
    }
}
