package dev.shortlist.query.projection;

import dev.shortlist.schemas.admin.CandidateErased;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Projects one polled batch of events into Elasticsearch with a single bulk request.
 *
 * <p>Contract with the caller (the listener container): when {@link #project} returns, every event
 * of the batch is either visible in the projections (or already was: a 409) or on the dead-letter
 * topic, so the offsets may be committed. When it throws, nothing may be committed and the same
 * batch must be retried: every write is idempotent (entity id + external version), so a retry, a
 * redelivery or a replay writes the same documents or is refused as stale.
 */
public final class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(Projector.class);

    private final ProjectionMapper mapper;
    private final BulkWriter writer;
    private final ProjectionLookups lookups;
    private final Erasures erasures;
    private final DeadLetters deadLetters;
    private final BatchProgressListeners progressListeners;
    private final Map<String, Serializer<Object>> serializers;

    /**
     * @param serializers value serializer per topic, to dead-letter an event that was read but could
     *                    not be projected in the topic's wire format
     */
    public Projector(
            ProjectionMapper mapper,
            BulkWriter writer,
            ProjectionLookups lookups,
            DeadLetters deadLetters,
            BatchProgressListeners progressListeners,
            Map<String, Serializer<Object>> serializers) {
        this.mapper = mapper;
        this.writer = writer;
        this.lookups = lookups;
        this.erasures = new Erasures(lookups);
        this.deadLetters = deadLetters;
        this.progressListeners = progressListeners;
        this.serializers = Map.copyOf(serializers);
    }

    /** Projects the batch; throws (and must be retried) when Elasticsearch cannot take it now. */
    public void project(List<? extends ConsumerRecord<String, ?>> records) throws IOException {
        List<IndexOp> ops = new ArrayList<>();
        Map<IndexOp, ConsumerRecord<String, ?>> sources = new IdentityHashMap<>();
        Map<String, JobDocument> jobsInBatch = new HashMap<>();
        for (ConsumerRecord<String, ?> record : records) {
            EventPosition position = new EventPosition(record.topic(), record.partition(), record.offset());
            DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(
                    record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
            if (unreadable != null) {
                deadLetters.send(
                        position,
                        record.key(),
                        unreadable.getData(),
                        DeadLetters.Reason.DESERIALIZATION_FAILED,
                        rootMessage(unreadable));
                continue;
            }
            if (!(record.value() instanceof SpecificRecord event)) {
                // A tombstone on a compacted topic (or a foreign value): nothing to project.
                continue;
            }
            List<IndexOp> eventOps;
            try {
                eventOps = new ArrayList<>(mapper.map(position, event, jobId -> currentJob(jobId, jobsInBatch)));
                if (event instanceof CandidateErased erased) {
                    eventOps.addAll(erasures.tombstones(erased, ops));
                }
            } catch (RuntimeException e) {
                deadLetters.send(
                        position, record.key(), serialize(record), DeadLetters.Reason.MAPPING_FAILED, rootMessage(e));
                continue;
            }
            for (IndexOp op : eventOps) {
                sources.put(op, record);
                if (op.document() instanceof JobDocument job) {
                    jobsInBatch.put(job.jobId(), job);
                }
            }
            ops.addAll(eventOps);
        }

        List<BulkWriter.Result> results = writer.write(ops);
        List<BulkWriter.Result> retryable = results.stream()
                .filter(r -> r.outcome() == BulkWriter.Outcome.RETRYABLE)
                .toList();
        if (!retryable.isEmpty()) {
            throw new ProjectionUnavailableException(
                    retryable.size() + " of " + ops.size() + " writes could not be applied now, first: "
                            + retryable.get(0).reason());
        }
        Map<ConsumerRecord<String, ?>, String> rejected = new IdentityHashMap<>();
        for (BulkWriter.Result result : results) {
            if (result.outcome() == BulkWriter.Outcome.REJECTED) {
                rejected.putIfAbsent(
                        sources.get(result.op()),
                        result.op().projection().alias() + " refused "
                                + result.op().id() + ": " + result.reason());
            } else if (result.outcome() == BulkWriter.Outcome.WRITTEN
                    && result.op().document() instanceof BatchDocument batch) {
                progressListeners.publish(batch);
            }
        }
        for (Map.Entry<ConsumerRecord<String, ?>, String> entry : rejected.entrySet()) {
            ConsumerRecord<String, ?> record = entry.getKey();
            log.warn(
                    "Dead-lettering {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    entry.getValue());
            deadLetters.send(
                    new EventPosition(record.topic(), record.partition(), record.offset()),
                    record.key(),
                    serialize(record),
                    DeadLetters.Reason.REJECTED_BY_ELASTICSEARCH,
                    entry.getValue());
        }
    }

    private Optional<JobDocument> currentJob(String jobId, Map<String, JobDocument> jobsInBatch) {
        JobDocument inBatch = jobsInBatch.get(jobId);
        return inBatch != null ? Optional.of(inBatch) : lookups.job(jobId);
    }

    private byte[] serialize(ConsumerRecord<String, ?> record) {
        Serializer<Object> serializer = serializers.get(record.topic());
        if (serializer == null || record.value() == null) {
            return null;
        }
        return serializer.serialize(record.topic(), record.value());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (caused by " + root + ")";
    }

    /** Elasticsearch could not take the batch now; the caller backs off and retries it. */
    public static final class ProjectionUnavailableException extends RuntimeException {
        public ProjectionUnavailableException(String message) {
            super(message);
        }

        public ProjectionUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
