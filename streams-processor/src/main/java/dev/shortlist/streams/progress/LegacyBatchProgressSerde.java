package dev.shortlist.streams.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The stored form of a batch's progress before the ledger (format 1: the whole batch, with every
 * resume id and outcome, in one value per batch, rewritten on every outcome). Kept only to read
 * what an earlier version left in {@value BatchProgressTopology#LEGACY_STORE}; the topology moves
 * each such batch into the tally and ledger stores the first time the batch is touched.
 */
final class LegacyBatchProgressSerde implements Serde<LegacyBatchProgressSerde.Legacy> {

    /** A batch as format 1 kept it. */
    record Legacy(String batchId, BatchProgressAggregate.Batch batch, Map<String, BatchProgressAggregate.Outcome> outcomes,
                  Instant updatedAt) {
    }

    private static final byte FORMAT_V1 = 1;

    @Override
    public Serializer<Legacy> serializer() {
        return (topic, legacy) -> legacy == null ? null : write(legacy);
    }

    @Override
    public Deserializer<Legacy> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(Legacy aggregate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_V1);
            out.writeUTF(aggregate.batchId());
            BatchProgressAggregate.Batch batch = aggregate.batch();
            out.writeBoolean(batch != null);
            if (batch != null) {
                out.writeUTF(batch.jobId());
                out.writeUTF(batch.organizationId());
                out.writeInt(batch.resumeIds().size());
                for (String resumeId : batch.resumeIds()) {
                    out.writeUTF(resumeId);
                }
                out.writeInt(batch.total());
                out.writeLong(batch.createdAt().toEpochMilli());
            }
            Map<String, BatchProgressAggregate.Outcome> outcomes = aggregate.outcomes();
            out.writeInt(outcomes.size());
            for (Map.Entry<String, BatchProgressAggregate.Outcome> entry : outcomes.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue().jobId());
                out.writeBoolean(entry.getValue().succeeded());
                out.writeLong(entry.getValue().firstAt().toEpochMilli());
            }
            Instant updatedAt = aggregate.updatedAt();
            out.writeBoolean(updatedAt != null);
            if (updatedAt != null) {
                out.writeLong(updatedAt.toEpochMilli());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Legacy read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT_V1) {
                throw new SerializationException("Unknown batch aggregate format " + format);
            }
            String batchId = in.readUTF();
            BatchProgressAggregate.Batch batch = null;
            if (in.readBoolean()) {
                String jobId = in.readUTF();
                String organizationId = in.readUTF();
                int count = in.readInt();
                List<String> resumeIds = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    resumeIds.add(in.readUTF());
                }
                int total = in.readInt();
                Instant createdAt = Instant.ofEpochMilli(in.readLong());
                batch = new BatchProgressAggregate.Batch(jobId, organizationId, resumeIds, total, createdAt);
            }
            int count = in.readInt();
            Map<String, BatchProgressAggregate.Outcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String resumeId = in.readUTF();
                outcomes.put(resumeId, new BatchProgressAggregate.Outcome(
                        in.readUTF(), in.readBoolean(), Instant.ofEpochMilli(in.readLong())));
            }
            Instant updatedAt = in.readBoolean() ? Instant.ofEpochMilli(in.readLong()) : null;
            return new Legacy(batchId, batch, outcomes, updatedAt);
        } catch (IOException e) {
            throw new SerializationException("Unreadable batch aggregate", e);
        }
    }
}
