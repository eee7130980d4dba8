package dev.shortlist.stack.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker (combined broker and controller) with a persistent log directory.
 * Runs inside the stack's child JVM, whose classpath holds Kafka's server jars.
 *
 * <p>Replication factors and ISR minimums are 1 so that transactions, and with them Kafka Streams'
 * {@code exactly_once_v2}, work on one node; internal topics get few partitions so the first
 * consumer group and the first transaction start quickly.
 */
final class KafkaBroker {

    private KafkaBroker() {}

    static Properties config(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty(
                "listeners", "PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d".formatted(port, controllerPort));
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.num.partitions", "3");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // The log cleaner's dedupe buffer defaults to 128 MB of heap; compacted topics here are small.
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    /** Writes {@code server.properties} and formats the log directory unless already formatted. */
    static Path prepare(Path home, int port, int controllerPort) throws IOException {
        Path logDir = home.resolve("data");
        Files.createDirectories(logDir);
        Path propsFile = home.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            config(logDir, port, controllerPort).store(out, "Single-node KRaft broker of the Shortlist local stack");
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int exit = kafka.tools.StorageTool.execute(
                    new String[] {
                        "format", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString(), "--ignore-formatted"
                    },
                    new PrintStream(System.out, true));
            if (exit != 0) {
                throw new IllegalStateException("Formatting " + logDir + " failed with exit code " + exit);
            }
        }
        return propsFile;
    }

    /**
     * Starts the broker on a non-daemon thread. {@code kafka.Kafka} installs the shutdown hook that
     * stops the broker cleanly on SIGTERM, and exits the JVM if the broker cannot start.
     */
    static Thread start(Path propsFile) {
        Thread thread = new Thread(() -> kafka.Kafka.main(new String[] {propsFile.toString()}), "kafka-main");
        thread.start();
        return thread;
    }
}
