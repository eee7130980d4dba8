package dev.shortlist.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * How the local stack runs: data directory, distributions, ports and mode.
 *
 * <p>Each setting is read from a system property, else from the environment variable of the same
 * name upper-cased with dots as underscores ({@code shortlist.stack.kafka.port} or {@code
 * SHORTLIST_STACK_KAFKA_PORT}), else defaults to the usual port of the service.
 *
 * @param home where the services keep data, logs and pid files (default {@code <repo>/.local-stack})
 * @param distributionDir the build's {@code local-stack/target/stack}: Kafka's jars and Elasticsearch
 * @param elasticsearchJavaOpts JVM options added to Elasticsearch's; by default C1 only, which
 *     halves its start-up on a busy 2-core machine (30-39 s instead of 78-102 s) at some cost in
 *     peak query speed that a development stack does not need
 * @param elasticsearchUser the unprivileged account Elasticsearch runs as when this process is root
 * @param kafkaJavaOpts JVM options added to the Kafka broker's and registry's; by default C1 only, for
 *     a start in seconds. A long-running measurement wants the C2 compiler
 *     ({@code -XX:TieredStopAtLevel=4}), as a production JVM has.
 */
public record StackSettings(
        Path home,
        Path distributionDir,
        int kafkaPort,
        int kafkaControllerPort,
        int registryPort,
        int elasticsearchPort,
        int elasticsearchTransportPort,
        String elasticsearchHeap,
        String elasticsearchJavaOpts,
        String elasticsearchUser,
        String kafkaJavaOpts,
        Mode mode) {

    /** How the services are provided. */
    public enum Mode {
        /** Child processes of this machine's JDK, no Docker. */
        EMBEDDED,
        /** Docker containers through Testcontainers, on ports Docker maps. */
        TESTCONTAINERS,
        /** Testcontainers when a Docker engine answers, else embedded. */
        AUTO;

        static Mode parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }

        /**
         * The mode a stack runs in. Detached stacks ({@code up}) are always embedded, because
         * containers stop with the JVM that started them; {@code dockerAvailable} is asked only when
         * the answer matters.
         *
         * @throws IllegalStateException when containers are requested and cannot run
         */
        public Mode resolve(boolean detached, BooleanSupplier dockerAvailable) {
            return switch (this) {
                case EMBEDDED -> EMBEDDED;
                case AUTO -> !detached && dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
                case TESTCONTAINERS -> {
                    if (detached) {
                        throw new IllegalStateException("testcontainers mode cannot keep services running after this "
                                + "command exits (containers stop with their JVM): use " + PREFIX
                                + "mode=embedded for 'up'");
                    }
                    if (!dockerAvailable.getAsBoolean()) {
                        throw new IllegalStateException("testcontainers mode requested (" + PREFIX
                                + "mode=testcontainers) "
                                + "but no Docker engine answers: start one (docker info must work) or use " + PREFIX
                                + "mode=embedded (or auto)");
                    }
                    yield TESTCONTAINERS;
                }
            };
        }
    }

    public static final String PREFIX = "shortlist.stack.";

    public static StackSettings fromEnvironment() {
        Path dist = setting("dist").map(Path::of).orElseGet(StackSettings::defaultDistribution);
        Path home = setting("home").map(Path::of).orElseGet(() -> defaultHome(dist));
        return new StackSettings(
                home.toAbsolutePath().normalize(),
                dist.toAbsolutePath().normalize(),
                intSetting("kafka.port", 9092),
                intSetting("kafka.controller.port", 9093),
                intSetting("registry.port", 8081),
                intSetting("elasticsearch.port", 9200),
                intSetting("elasticsearch.transport.port", 9300),
                setting("elasticsearch.heap").orElse("512m"),
                setting("elasticsearch.java.opts").orElse("-XX:TieredStopAtLevel=1"),
                setting("user").orElse("shortlist"),
                setting("kafka.java.opts").orElse("-XX:TieredStopAtLevel=1"),
                Mode.parse(setting("mode").orElse("auto")));
    }

    /** These settings in another mode. */
    public StackSettings withMode(Mode other) {
        return new StackSettings(
                home,
                distributionDir,
                kafkaPort,
                kafkaControllerPort,
                registryPort,
                elasticsearchPort,
                elasticsearchTransportPort,
                elasticsearchHeap,
                elasticsearchJavaOpts,
                elasticsearchUser,
                kafkaJavaOpts,
                other);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String schemaRegistryUrl() {
        return "http://127.0.0.1:" + registryPort;
    }

    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort;
    }

    public StackEndpoints endpoints() {
        return new StackEndpoints(bootstrapServers(), schemaRegistryUrl(), elasticsearchUrl());
    }

    /** Directory of the pid files that let another process stop what {@code up} started. */
    public Path runDir() {
        return home.resolve("run");
    }

    /** A setting by its name after {@link #PREFIX}, from a system property or the environment. */
    public static java.util.Optional<String> setting(String name) {
        String key = PREFIX + name;
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return java.util.Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int intSetting(String name, int defaultValue) {
        return setting(name).map(Integer::parseInt).orElse(defaultValue);
    }

    /** The directory the build recorded, else {@code local-stack/target/stack} above the working dir. */
    private static Path defaultDistribution() {
        Path recorded = Path.of(BuildInfo.properties().getProperty("stack.dir", ""));
        if (!recorded.toString().isEmpty() && Files.isDirectory(recorded)) {
            return recorded;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("local-stack/target/stack");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "Cannot find the stack distribution (local-stack/target/stack): build the local-stack module "
                        + "first (./mvnw -pl local-stack -am package) or set -D" + PREFIX + "dist=<dir>");
    }

    /** {@code <repo>/.local-stack} when the distribution sits in this repository's build. */
    private static Path defaultHome(Path dist) {
        Path normalized = dist.toAbsolutePath().normalize();
        if (normalized.endsWith(Path.of("local-stack", "target", "stack"))) {
            return normalized.getParent().getParent().getParent().resolve(".local-stack");
        }
        return Path.of("").toAbsolutePath().resolve(".local-stack");
    }
}
