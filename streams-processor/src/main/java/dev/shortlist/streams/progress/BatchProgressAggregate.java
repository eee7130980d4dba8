package dev.shortlist.streams.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Progress of one batch: which of its resumes reached a terminal outcome, and whether it succeeded.
 *
 * <p>Each resume has a line in the batch's {@link Ledger} (its membership and latest outcome); the
 * {@link Tally} keeps the batch definition and the counts. An outcome changes the tally only by the
 * difference between the resume's old and new line, so a redelivered or repeated outcome cannot count
 * twice and an update costs the same in a batch of 2 or 2,000 resumes. The latest outcome of a resume
 * wins (a rescore can turn a failure into a success) while the time it first became terminal is kept.
 * Outcomes that arrive before the batch itself are kept and count once the batch is known, if they
 * belong to it.
 */
public final class BatchProgressAggregate {

    /** Batch status, from creation to completion. */
    public enum Status {
        PENDING,
        PROCESSING,
        COMPLETED,
        COMPLETED_WITH_FAILURES
    }

    /** The batch as accepted at ingest. */
    public record Batch(String jobId, String organizationId, List<String> resumeIds, int total, Instant createdAt) {
        public Batch {
            resumeIds = List.copyOf(resumeIds);
        }

        Definition definition() {
            return new Definition(jobId, organizationId, total, createdAt);
        }
    }

    /** The batch without its list of resumes (which lives in the ledger, one line per resume). */
    public record Definition(String jobId, String organizationId, int total, Instant createdAt) {}

    /** The terminal outcome of one resume: against which job, whether it was scored, when it first ended. */
    public record Outcome(String jobId, boolean succeeded, Instant firstAt) {}

    /** One resume's line: whether the batch lists it, and its latest outcome (null until it has one). */
    public record Line(boolean member, Outcome outcome) {}

    /** Where a batch's lines are kept: a key-value store in the topology, a map in tests. */
    public interface Ledger {
        Optional<Line> get(String resumeId);

        void put(String resumeId, Line line);

        /** Every line of this batch, in any order. */
        void forEach(BiConsumer<String, Line> action);
    }

    /**
     * What is stored per batch besides the ledger: the definition (null until the batch is known), the
     * counts over member lines whose outcome is against the batch's job, and the times.
     */
    public record Tally(
            String batchId,
            Definition definition,
            int succeeded,
            int failed,
            Instant startedAt,
            Instant lastAt,
            Instant updatedAt) {
        public Tally {
            Objects.requireNonNull(batchId);
        }

        static Tally empty(String batchId) {
            return new Tally(batchId, null, 0, 0, null, null, null);
        }
    }

    /** What a reader of the batch sees. */
    public record Progress(
            String batchId,
            String jobId,
            String organizationId,
            int total,
            int processed,
            int succeeded,
            int failed,
            Status status,
            Instant createdAt,
            Instant startedAt,
            Instant completedAt,
            Instant updatedAt,
            Double resumesPerSecond) {}

    private final String batchId;
    private final Ledger ledger;
    private Definition definition;
    private int succeeded;
    private int failed;
    private Instant startedAt;
    private Instant lastAt;
    private Instant updatedAt;

    /** A new batch whose lines are kept in memory. */
    public BatchProgressAggregate(String batchId) {
        this(Tally.empty(batchId), new MapLedger());
    }

    /** Restores an aggregate from its stored tally and ledger. */
    public BatchProgressAggregate(Tally tally, Ledger ledger) {
        this.batchId = tally.batchId();
        this.ledger = Objects.requireNonNull(ledger);
        this.definition = tally.definition();
        this.succeeded = tally.succeeded();
        this.failed = tally.failed();
        this.startedAt = tally.startedAt();
        this.lastAt = tally.lastAt();
        this.updatedAt = tally.updatedAt();
    }

    public String batchId() {
        return batchId;
    }

    /** The state to store besides the ledger. */
    public Tally tally() {
        return new Tally(batchId, definition, succeeded, failed, startedAt, lastAt, updatedAt);
    }

    /**
     * Records the batch definition: lists its resumes in the ledger and counts the outcomes that came first.
     *
     * @return whether anything changed (a repeated definition changes nothing)
     */
    public boolean onBatchCreated(Batch created, Instant at) {
        if (created.definition().equals(definition)) {
            return false;
        }
        definition = created.definition();
        Set<String> members = new HashSet<>(created.resumeIds());
        Set<String> listed = new HashSet<>();
        Map<String, Line> corrected = new LinkedHashMap<>();
        resetCounts();
        // One pass over the lines already kept (outcomes that came first, or an earlier definition):
        // set their membership and count them. A batch is defined once; should a second definition
        // list fewer resumes, those leave it.
        ledger.forEach((resumeId, line) -> {
            listed.add(resumeId);
            boolean member = members.contains(resumeId);
            if (member != line.member()) {
                corrected.put(resumeId, new Line(member, line.outcome()));
            }
            if (member && counts(line.outcome())) {
                add(line.outcome(), +1);
            }
        });
        corrected.forEach(ledger::put);
        for (String resumeId : created.resumeIds()) {
            if (listed.add(resumeId)) {
                ledger.put(resumeId, new Line(true, null));
            }
        }
        updatedAt = at;
        return true;
    }

    /**
     * Records the terminal outcome of one resume of the batch.
     *
     * @return whether anything changed (a redelivered outcome changes nothing)
     */
    public boolean onOutcome(String resumeId, String jobId, boolean succeeded, Instant at) {
        Line line = ledger.get(resumeId).orElse(new Line(false, null));
        Outcome previous = line.outcome();
        if (previous != null && previous.jobId().equals(jobId) && previous.succeeded() == succeeded) {
            return false;
        }
        Instant firstAt = previous == null ? at : previous.firstAt();
        Outcome outcome = new Outcome(jobId, succeeded, firstAt);
        ledger.put(resumeId, new Line(line.member(), outcome));
        updatedAt = at;
        if (definition == null || !line.member()) {
            return true;
        }
        boolean counted = counts(previous);
        if (counted && !counts(outcome)) {
            // The resume leaves the counts (an outcome against another job): its time may have bounded them.
            recount();
            return true;
        }
        if (counted) {
            add(previous, -1);
        }
        if (counts(outcome)) {
            add(outcome, +1);
        }
        return true;
    }

    private boolean counts(Outcome outcome) {
        return outcome != null && outcome.jobId().equals(definition.jobId());
    }

    private void add(Outcome outcome, int sign) {
        if (outcome.succeeded()) {
            succeeded += sign;
        } else {
            failed += sign;
        }
        if (sign > 0) {
            startedAt = startedAt == null || outcome.firstAt().isBefore(startedAt) ? outcome.firstAt() : startedAt;
            lastAt = lastAt == null || outcome.firstAt().isAfter(lastAt) ? outcome.firstAt() : lastAt;
        }
    }

    /** Counts again from the ledger, when a resume leaves the counts. */
    private void recount() {
        resetCounts();
        ledger.forEach((resumeId, line) -> {
            // Only this batch's resumes screened against this batch's job count.
            if (line.member() && counts(line.outcome())) {
                add(line.outcome(), +1);
            }
        });
    }

    private void resetCounts() {
        succeeded = 0;
        failed = 0;
        startedAt = null;
        lastAt = null;
    }

    /** The progress, once the batch itself is known. */
    public Optional<Progress> progress() {
        if (definition == null) {
            return Optional.empty();
        }
        int processed = succeeded + failed;
        boolean complete = processed >= definition.total();
        Status status = complete
                ? (failed == 0 ? Status.COMPLETED : Status.COMPLETED_WITH_FAILURES)
                : (processed == 0 ? Status.PENDING : Status.PROCESSING);
        Instant completedAt = complete ? (lastAt == null ? definition.createdAt() : lastAt) : null;
        Instant updated = updatedAt == null ? definition.createdAt() : updatedAt;
        Instant end = completedAt != null ? completedAt : updated;
        long millis = Duration.between(definition.createdAt(), end).toMillis();
        Double throughput = millis > 0 ? processed * 1000.0 / millis : null;
        return Optional.of(new Progress(
                batchId,
                definition.jobId(),
                definition.organizationId(),
                definition.total(),
                processed,
                succeeded,
                failed,
                status,
                definition.createdAt(),
                startedAt,
                completedAt,
                updated,
                throughput));
    }

    /** A ledger in memory, for a batch that is not stored. */
    static final class MapLedger implements Ledger {

        private final Map<String, Line> lines = new LinkedHashMap<>();

        @Override
        public Optional<Line> get(String resumeId) {
            return Optional.ofNullable(lines.get(resumeId));
        }

        @Override
        public void put(String resumeId, Line line) {
            lines.put(resumeId, line);
        }

        @Override
        public void forEach(BiConsumer<String, Line> action) {
            Map.copyOf(lines).forEach(action);
        }
    }
}
