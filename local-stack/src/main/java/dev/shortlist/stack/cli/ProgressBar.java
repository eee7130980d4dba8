package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** A one-line progress bar redrawn in place from batch progress updates. */
final class ProgressBar {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final int total;
    private final boolean interactive = System.console() != null;
    private String lastLine = "";

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void update(JsonNode batch) {
        int processed = batch.path("processed").asInt();
        int failed = batch.path("failed").asInt();
        int of = Math.max(batch.path("total").asInt(total), 1);
        int filled = Math.min(WIDTH, processed * WIDTH / of);
        String rate = batch.path("resumesPerSecond").isNumber()
                ? " %.1f resumes/s".formatted(batch.path("resumesPerSecond").asDouble())
                : "";
        String line = "[%s%s] %d/%d scored%s%s %s"
                .formatted(
                        "#".repeat(filled),
                        ".".repeat(WIDTH - filled),
                        processed - failed,
                        of,
                        failed > 0 ? ", " + failed + " failed" : "",
                        rate,
                        batch.path("status").asText());
        if (line.equals(lastLine)) {
            return;
        }
        lastLine = line;
        if (interactive) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    void done() {
        if (interactive) {
            out.println();
        }
    }
}
