package dev.shortlist.streams.progress;

import dev.shortlist.streams.progress.BatchProgressAggregate.Definition;
import dev.shortlist.streams.progress.BatchProgressAggregate.Tally;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;

/**
 * A batch's {@link Tally} in its state store and changelog: a few dozen bytes whatever the size of
 * the batch. The public view is the Avro {@code BatchProgress}.
 */
public final class BatchTallySerde extends CompactBinarySerde<Tally> {

    public BatchTallySerde() {
        super((byte) 2, "batch tally");
    }

    @Override
    protected void writeBody(Tally tally, DataOutputStream out) throws IOException {
        out.writeUTF(tally.batchId());
        Definition definition = tally.definition();
        out.writeBoolean(definition != null);
        if (definition != null) {
            out.writeUTF(definition.jobId());
            out.writeUTF(definition.organizationId());
            out.writeInt(definition.total());
            out.writeLong(definition.createdAt().toEpochMilli());
        }
        out.writeInt(tally.succeeded());
        out.writeInt(tally.failed());
        writeInstant(out, tally.startedAt());
        writeInstant(out, tally.lastAt());
        writeInstant(out, tally.updatedAt());
    }

    @Override
    protected Tally readBody(DataInputStream in) throws IOException {
        String batchId = in.readUTF();
        Definition definition = in.readBoolean()
                ? new Definition(in.readUTF(), in.readUTF(), in.readInt(), Instant.ofEpochMilli(in.readLong()))
                : null;
        return new Tally(
                batchId, definition, in.readInt(), in.readInt(), readInstant(in), readInstant(in), readInstant(in));
    }
}
