package dev.shortlist.stack.kafka;

import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.process.ChildProcess;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Launches {@link KafkaNode} in a child JVM whose classpath is Kafka's server jars (copied by the
 * build to {@code target/stack/kafka-lib}) plus this module's classes, so Scala and Kafka's own
 * dependencies never meet an application's classpath. Small heap, serial GC and, unless
 * {@link StackSettings#kafkaJavaOpts()} says otherwise, C1 only: the broker starts in seconds and stays
 * near 300 MB.
 */
public final class KafkaNodeProcess {

    private KafkaNodeProcess() {}

    /** Starts the broker and/or the registry; the broker's data lives under {@code <home>/kafka}. */
    public static ChildProcess start(StackSettings settings, boolean broker, boolean registry, boolean detached) {
        Path libDir = settings.distributionDir().resolve("kafka-lib");
        if (!Files.isDirectory(libDir)) {
            throw new IllegalStateException("Missing " + libDir + ": build the local-stack module first");
        }
        Path kafkaHome = settings.home().resolve("kafka");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                broker ? "-Xmx384m" : "-Xmx128m",
                "-Xms64m",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn",
                "-cp",
                libDir + File.separator + "*" + File.pathSeparator + ownCodeLocation(),
                KafkaNode.class.getName()));
        // Added before the class name, after the defaults above, so they win over them.
        for (String option : settings.kafkaJavaOpts().trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(command.size() - 3, option);
            }
        }
        if (broker) {
            command.addAll(List.of(
                    "--kafka-home", kafkaHome.toString(),
                    "--kafka-port", Integer.toString(settings.kafkaPort()),
                    "--controller-port", Integer.toString(settings.kafkaControllerPort())));
        } else {
            command.addAll(List.of("--bootstrap-servers", settings.bootstrapServers()));
        }
        if (registry) {
            command.addAll(List.of("--registry-port", Integer.toString(settings.registryPort())));
        }
        String name = broker && registry ? "kafka+registry" : broker ? "kafka" : "registry";
        return ChildProcess.start(
                name,
                command,
                Map.of(),
                settings.home(),
                kafkaHome.resolve("logs").resolve(broker ? "server.log" : "registry.log"),
                detached);
    }

    /** This module's classes: {@code target/classes} in a build, or its jar. */
    private static String ownCodeLocation() {
        try {
            return Path.of(KafkaNodeProcess.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
