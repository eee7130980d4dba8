package dev.shortlist.streams.progress;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a batch's progress before the ledger (format 1: the whole batch, with every
 * resume id and outcome, in one value per batch, rewritten on every outcome). Kept only to read
 * what an earlier version left in {@value BatchProgressTopology#LEGACY_STORE}; the topology moves
 * each such batch into the tally and ledger stores the first time the batch is touched.
 */
final class LegacyBatchProgressSerde extends CompactBinarySerde<LegacyBatchProgressSerde.Legacy> {

    /** A batch as format 1 kept it. */
    record Legacy(String batchId, BatchProgressAggregate.Batch batch, Map<String, BatchProgressAggregate.Outcome> outcomes,
                  Instant updatedAt) {
    }

    LegacyBatchProgressSerde() {
        super((byte) 1, "batch aggregate");
    }

    @Override
    protected void writeBody(Legacy aggregate, DataOutputStream out) throws IOException {
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
        out.writeInt(aggregate.outcomes().size());
        for (Map.Entry<String, BatchProgressAggregate.Outcome> entry : aggregate.outcomes().entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeUTF(entry.getValue().jobId());
            out.writeBoolean(entry.getValue().succeeded());
            out.writeLong(entry.getValue().firstAt().toEpochMilli());
        }
        writeInstant(out, aggregate.updatedAt());
    }

    @Override
    protected Legacy readBody(DataInputStream in) throws IOException {
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
        return new Legacy(batchId, batch, outcomes, readInstant(in));
    }
}
