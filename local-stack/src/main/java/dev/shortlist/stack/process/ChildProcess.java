package dev.shortlist.stack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A service process this JVM (or an earlier {@code up}) started: its whole process tree is stopped
 * together, politely first (SIGTERM, so Kafka and Elasticsearch shut down cleanly), then forcibly.
 */
public final class ChildProcess {

    private final String name;
    private final ProcessHandle handle;
    private final Path logFile;

    private ChildProcess(String name, ProcessHandle handle, Path logFile) {
        this.name = name;
        this.handle = handle;
        this.logFile = logFile;
    }

    /**
     * Starts a command with its output appended to {@code logFile} and no standard input, so it can
     * outlive this JVM. {@code detached} puts it in its own session (setsid) so that a terminal's
     * hang-up or Ctrl-C aimed at the launching command does not reach it.
     */
    public static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workDir,
            Path logFile,
            boolean detached) {
        List<String> full = new ArrayList<>();
        if (detached && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            full.add("/usr/bin/setsid");
        }
        full.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start().toHandle(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + full, e);
        }
    }

    /** The process a pid file names, if it still runs. */
    public static Optional<ChildProcess> fromPidFile(String name, Path pidFile, Path logFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> new ChildProcess(name, h, logFile));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** The process and all its descendants (e.g. Elasticsearch's launcher and its server JVM). */
    public List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(handle);
        handle.descendants().forEach(tree::add);
        return tree;
    }

    public void writePidFile(Path pidFile) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid()) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process tree: SIGTERM to every member, then SIGKILL to what outlives {@code grace}. */
    public Duration stop(Duration grace) {
        long started = System.nanoTime();
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        long deadline = started + grace.toNanos();
        for (ProcessHandle member : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    member.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (TimeoutException | ExecutionException e) {
                // Killed below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (ProcessHandle member : tree) {
            if (member.isAlive()) {
                member.destroyForcibly();
                member.onExit().join();
            }
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The last lines of the process's output, for error messages. */
    public String logTail(int lines) {
        try {
            if (!Files.isRegularFile(logFile)) {
                return "";
            }
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
