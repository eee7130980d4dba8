package dev.shortlist.screening.parsing.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One worker process with its protocol streams and the last lines it wrote to stderr. */
final class WorkerProcess {

    private static final System.Logger LOG = System.getLogger(IsolatedTextExtractor.class.getName());
    private static final int KEPT_LINES = 20;

    final Process process;
    final DataOutputStream in;
    final DataInputStream out;
    private final List<String> lines = new ArrayList<>();
    volatile boolean timedOut;

    WorkerProcess(Process process, int number) {
        this.process = process;
        this.in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.out = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        // Drained so a chatty parser never blocks on a full pipe; kept for the log when the worker dies.
        Thread drain = new Thread(this::drainErrors, "extraction-worker-" + number + "-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    private void drainErrors() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                LOG.log(System.Logger.Level.DEBUG, "extraction worker {0}: {1}", process.pid(), line);
                synchronized (lines) {
                    lines.add(line.length() > 300 ? line.substring(0, 300) : line);
                    if (lines.size() > KEPT_LINES) {
                        lines.remove(0);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    String lastLines() {
        synchronized (lines) {
            return lines.isEmpty()
                    ? "none"
                    : String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        }
    }

    /** Called by the time limit (on a supervisor thread) and on replacement. */
    void kill() {
        if (process.isAlive()) {
            timedOut = true;
            process.destroyForcibly();
        }
    }
}
