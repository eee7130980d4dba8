package dev.shortlist.streams.progress;

import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.batch.BatchStatus;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.system.StreamsEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code BatchCreated} (key batchId) + every screening outcome carrying a batchId, re-keyed by batchId →
 * {@link BatchProgressAggregate} per batch (its tally in {@value #TALLY_STORE}, one line per resume in
 * {@value #LEDGER_STORE} under the batchId, a NUL character and the resumeId) → {@code BatchProgress} (key batchId)
 * on the compacted progress topic, emitted only when the progress changed; exactly-once with its stores,
 * so counts stay exact across restarts. An outcome reads and writes one line and one tally, whatever the
 * size of the batch.
 */
public final class BatchProgressTopology {

    public static final String BATCHES_SOURCE = "progress-batches-source";
    public static final String OUTCOMES_SOURCE = "progress-outcomes-source";
    public static final String OUTCOMES_IN_A_BATCH = "progress-outcomes-in-a-batch";
    public static final String OUTCOMES_WITHOUT_EXPLANATIONS = "progress-outcomes-without-explanations";
    public static final String OUTCOMES_KEYED_BY_BATCH = "progress-outcomes-keyed-by-batch";
    public static final String OUTCOMES_BY_BATCH_REPARTITION = "progress-outcomes-by-batch";
    public static final String BATCH_SIGNALS = "progress-batch-signals";
    public static final String OUTCOME_SIGNALS = "progress-outcome-signals";
    public static final String SIGNALS = "progress-signals";
    public static final String AGGREGATE = "progress-aggregate";
    public static final String SINK = "progress-sink";
    public static final String TALLY_STORE = "batch-progress-tally-store";
    public static final String LEDGER_STORE = "batch-progress-line-store";
    private static final char SEPARATOR = '\0';

    private BatchProgressTopology() {}

    /** What the aggregate reacts to, after both inputs are keyed by batchId. */
    sealed interface Signal permits Created, Outcome {}

    record Created(BatchCreated batch) implements Signal {}

    record Outcome(ScreeningResultEvent result) implements Signal {}

    public static void build(StreamsBuilder builder, TopicCatalog topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TALLY_STORE), Serdes.String(), new BatchTallySerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LEDGER_STORE), Serdes.String(), new LedgerLineSerde()));

        KStream<String, Signal> created = builder.stream(
                        topics.batches().name(),
                        Consumed.with(
                                        topics.batches().keySerde(),
                                        topics.batches().valueSerde())
                                .withName(BATCHES_SOURCE))
                .mapValues(batch -> (Signal) new Created(batch), Named.as(BATCH_SIGNALS));

        KStream<String, Signal> outcomes = builder.stream(
                        topics.scoredScreenings().name(),
                        Consumed.with(
                                        topics.scoredScreenings().keySerde(),
                                        topics.scoredScreenings().valueSerde())
                                .withName(OUTCOMES_SOURCE))
                .filter(
                        (screeningId, result) -> result != null && result.getBatchId() != null,
                        Named.as(OUTCOMES_IN_A_BATCH))
                // Progress needs whether and when a resume ended, not why: the explanations (most of a
                // result's bytes) are not copied into the repartition topic.
                .mapValues(BatchProgressTopology::withoutExplanations, Named.as(OUTCOMES_WITHOUT_EXPLANATIONS))
                // Outcomes are keyed jobId:resumeId; the aggregate is per batch, so they move to the
                // partition of their batch (the repartition topic is named so its name survives refactors).
                .selectKey((screeningId, result) -> result.getBatchId(), Named.as(OUTCOMES_KEYED_BY_BATCH))
                .repartition(Repartitioned.<String, ScreeningResultEvent>as(OUTCOMES_BY_BATCH_REPARTITION)
                        .withKeySerde(topics.scoredScreenings().keySerde())
                        .withValueSerde(topics.scoredScreenings().valueSerde())
                        .withNumberOfPartitions(topics.batches().spec().partitions()))
                .mapValues(result -> (Signal) new Outcome(result), Named.as(OUTCOME_SIGNALS));

        created.merge(outcomes, Named.as(SIGNALS))
                .process(AggregateProcessor::new, Named.as(AGGREGATE), TALLY_STORE, LEDGER_STORE)
                .to(
                        topics.batchProgress().name(),
                        Produced.with(
                                        topics.batchProgress().keySerde(),
                                        topics.batchProgress().valueSerde())
                                .withName(SINK));
    }

    private static final class AggregateProcessor extends ContextualProcessor<String, Signal, String, BatchProgress> {

        private KeyValueStore<String, BatchProgressAggregate.Tally> tallies;
        private KeyValueStore<String, BatchProgressAggregate.Line> lines;

        @Override
        public void init(org.apache.kafka.streams.processor.api.ProcessorContext<String, BatchProgress> context) {
            super.init(context);
            tallies = context.getStateStore(TALLY_STORE);
            lines = context.getStateStore(LEDGER_STORE);
        }

        @Override
        public void process(Record<String, Signal> record) {
            String batchId = record.key();
            BatchProgressAggregate aggregate = load(batchId);
            // When it happened: an outcome carries the time it was produced. Its record timestamp is
            // inherited from the request it answers (the upload), so it cannot date the outcome.
            Instant at = record.value() instanceof Outcome outcome
                            && outcome.result().getMetadata().getOccurredAt() != null
                    ? outcome.result().getMetadata().getOccurredAt()
                    : Instant.ofEpochMilli(record.timestamp());
            String causation;
            boolean changed;
            if (record.value() instanceof Created created) {
                BatchCreated batch = created.batch();
                causation = batch.getMetadata().getEventId();
                changed = aggregate.onBatchCreated(
                        new BatchProgressAggregate.Batch(
                                batch.getJobId(),
                                batch.getMetadata().getOrganizationId(),
                                batch.getResumeIds(),
                                batch.getTotal(),
                                batch.getCreatedAt()),
                        at);
            } else {
                ScreeningResultEvent result = ((Outcome) record.value()).result();
                causation = result.getMetadata().getEventId();
                changed = aggregate.onOutcome(
                        result.getResumeId(), result.getJobId(), result.getPayload() instanceof ScreeningScored, at);
            }
            if (!changed) {
                // A redelivered or repeated event: the progress is unchanged, so nothing is emitted.
                return;
            }
            tallies.put(batchId, aggregate.tally());
            long timestamp = Math.max(record.timestamp(), at.toEpochMilli());
            aggregate
                    .progress()
                    .ifPresent(progress -> context()
                            .forward(record.withValue(toEvent(progress, causation))
                                    .withTimestamp(timestamp)));
        }

        private BatchProgressAggregate load(String batchId) {
            StoreLedger ledger = new StoreLedger(lines, batchId);
            BatchProgressAggregate.Tally tally = tallies.get(batchId);
            if (tally != null) {
                return new BatchProgressAggregate(tally, ledger);
            }
            return new BatchProgressAggregate(BatchProgressAggregate.Tally.empty(batchId), ledger);
        }
    }

    /** The key of a resume's line in {@value #LEDGER_STORE}; with an empty resumeId, the prefix of all of a batch's lines. */
    static String ledgerKey(String batchId, String resumeId) {
        return batchId + SEPARATOR + resumeId;
    }

    /** The lines of one batch in the ledger store, keyed by {@link #ledgerKey} so a prefix scan finds them. */
    private record StoreLedger(KeyValueStore<String, BatchProgressAggregate.Line> store, String batchId)
            implements BatchProgressAggregate.Ledger {

        @Override
        public Optional<BatchProgressAggregate.Line> get(String resumeId) {
            return Optional.ofNullable(store.get(ledgerKey(batchId, resumeId)));
        }

        @Override
        public void put(String resumeId, BatchProgressAggregate.Line line) {
            store.put(ledgerKey(batchId, resumeId), line);
        }

        @Override
        public void forEach(BiConsumer<String, BatchProgressAggregate.Line> action) {
            String prefix = ledgerKey(batchId, "");
            try (KeyValueIterator<String, BatchProgressAggregate.Line> all =
                    store.prefixScan(prefix, new StringSerializer())) {
                while (all.hasNext()) {
                    KeyValue<String, BatchProgressAggregate.Line> next = all.next();
                    action.accept(next.key.substring(prefix.length()), next.value);
                }
            }
        }
    }

    /** The same outcome with empty sub-scores, matches, gaps and suggestions (same schema, a fraction of the bytes). */
    static ScreeningResultEvent withoutExplanations(ScreeningResultEvent result) {
        if (!(result.getPayload() instanceof ScreeningScored scored)) {
            return result;
        }
        return ScreeningResultEvent.newBuilder(result)
                .setPayload(ScreeningScored.newBuilder(scored)
                        .setSubScores(List.of())
                        .setMatched(List.of())
                        .setMissing(List.of())
                        .setSuggestions(List.of())
                        .setModelVersions(Map.of())
                        .build())
                .build();
    }

    static BatchProgress toEvent(BatchProgressAggregate.Progress progress, String causationId) {
        return BatchProgress.newBuilder()
                .setMetadata(StreamsEvents.caused(
                        progress.organizationId(), progress.batchId(), causationId, progress.updatedAt()))
                .setBatchId(progress.batchId())
                .setJobId(progress.jobId())
                .setTotal(progress.total())
                .setProcessed(progress.processed())
                .setSucceeded(progress.succeeded())
                .setFailed(progress.failed())
                .setStatus(BatchStatus.valueOf(progress.status().name()))
                .setCreatedAt(progress.createdAt())
                .setStartedAt(progress.startedAt())
                .setCompletedAt(progress.completedAt())
                .setUpdatedAt(progress.updatedAt())
                .setResumesPerSecond(progress.resumesPerSecond())
                .build();
    }
}
