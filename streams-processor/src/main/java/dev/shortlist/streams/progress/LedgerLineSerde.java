package dev.shortlist.streams.progress;

import dev.shortlist.streams.progress.BatchProgressAggregate.Line;
import dev.shortlist.streams.progress.BatchProgressAggregate.Outcome;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;

/** One resume's {@link Line} in a batch's ledger. */
public final class LedgerLineSerde extends CompactBinarySerde<Line> {

    public LedgerLineSerde() {
        super((byte) 1, "batch ledger line");
    }

    @Override
    protected void writeBody(Line line, DataOutputStream out) throws IOException {
        out.writeBoolean(line.member());
        Outcome outcome = line.outcome();
        out.writeBoolean(outcome != null);
        if (outcome != null) {
            out.writeUTF(outcome.jobId());
            out.writeBoolean(outcome.succeeded());
            out.writeLong(outcome.firstAt().toEpochMilli());
        }
    }

    @Override
    protected Line readBody(DataInputStream in) throws IOException {
        boolean member = in.readBoolean();
        Outcome outcome = in.readBoolean()
                ? new Outcome(in.readUTF(), in.readBoolean(), Instant.ofEpochMilli(in.readLong()))
                : null;
        return new Line(member, outcome);
    }
}
