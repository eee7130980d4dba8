package dev.shortlist.stack;

import dev.shortlist.stack.process.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pid files under {@code <home>/run}: how a later command finds the services an earlier one started. */
final class PidFiles {

    private PidFiles() {}

    /** The Kafka node's pid file is kafka.pid even when it also serves the registry. */
    static Path of(StackSettings settings, Component component, ChildProcess process) {
        String name = switch (component) {
            case KAFKA -> "kafka";
            case SCHEMA_REGISTRY -> process.name().startsWith("kafka") ? "kafka" : "registry";
            case ELASTICSEARCH -> "elasticsearch";
        };
        return settings.runDir().resolve(name + ".pid");
    }

    /**
     * Stops the processes recorded in the pid files of {@code settings.home()}, whoever started
     * them (the {@code down} command).
     *
     * @return the processes stopped
     */
    static List<ChildProcess> stopRecorded(StackSettings settings, Duration grace) {
        List<ChildProcess> stopped = new ArrayList<>();
        for (String name : List.of("elasticsearch", "registry", "kafka")) {
            Path pidFile = settings.runDir().resolve(name + ".pid");
            Optional<ChildProcess> process = ChildProcess.fromPidFile(name, pidFile, pidFile);
            process.ifPresent(p -> {
                p.stop(grace);
                stopped.add(p);
            });
            deleteQuietly(pidFile);
        }
        return stopped;
    }

    /** The processes recorded in the pid files of {@code settings.home()} that still run. */
    static Map<String, ChildProcess> recorded(StackSettings settings) {
        Map<String, ChildProcess> recorded = new LinkedHashMap<>();
        for (String name : List.of("kafka", "registry", "elasticsearch")) {
            Path pidFile = settings.runDir().resolve(name + ".pid");
            ChildProcess.fromPidFile(name, pidFile, pidFile).ifPresent(p -> recorded.put(name, p));
        }
        return recorded;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stale pid file is harmless: the next start overwrites it.
        }
    }
}
