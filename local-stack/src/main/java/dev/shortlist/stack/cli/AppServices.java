package dev.shortlist.stack.cli;

import dev.shortlist.stack.BuildInfo;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.process.ChildProcess;
import dev.shortlist.stack.process.Probes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Shortlist's three services from the build's jars as detached child processes, next to the
 * local stack: pid files and logs live under the stack's home, so {@code shortlist down} from any
 * shell stops them, and a service already answering on its port is reused.
 */
public final class AppServices {

    /** The deployables, their module directory and HTTP port. */
    public enum App {
        INGEST("ingest-api", 8080, "256m"),
        STREAMS("streams-processor", 8084, "1g"),
        QUERY("query-api", 8083, "384m");

        final String module;
        final int port;
        final String heap;

        App(String module, int port, String heap) {
            this.module = module;
            this.port = port;
            this.heap = heap;
        }

        public String module() {
            return module;
        }

        /** The port from {@code shortlist.<module>.port} (system property or environment), else the default. */
        public int port() {
            String key = "shortlist." + module + ".port";
            String value = System.getProperty(
                    key, System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_')));
            return value == null || value.isBlank() ? port : Integer.parseInt(value.trim());
        }

        public String healthUrl() {
            return baseUrl() + "/actuator/health";
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + port();
        }
    }

    private final Path repository;
    private final StackSettings stack;
    private final StackEndpoints endpoints;

    public AppServices(Path repository, StackSettings stack) {
        this(repository, stack, stack.endpoints());
    }

    /**
     * @param endpoints where the services find Kafka, the registry and Elasticsearch: the stack's
     *     own (a test's {@code StackEndpoints}), which in the testcontainers mode are mapped ports
     */
    public AppServices(Path repository, StackSettings stack, StackEndpoints endpoints) {
        this.repository = repository;
        this.stack = stack;
        this.endpoints = endpoints;
    }

    public Path devIssuerDir() {
        return stack.home().resolve("dev-issuer");
    }

    public Path blobsDir() {
        return stack.home().resolve("blobs");
    }

    public boolean healthy(App app) {
        return Probes.httpStatus(app.healthUrl()) == 200;
    }

    /** Starts the app unless it already answers; returns the process when this call started it. */
    public Optional<ChildProcess> start(App app) {
        return start(app, true);
    }

    /**
     * Starts the app unless it already answers. {@code detached} apps outlive this JVM (the CLI);
     * attached ones are for tests that stop them.
     */
    public Optional<ChildProcess> start(App app, boolean detached) {
        return start(app, detached, List.of());
    }

    /**
     * As {@link #start(App, boolean)}, with Spring arguments added after the stack's (for example
     * {@code --shortlist.ingest.max-batch-files=2000}); later arguments win.
     */
    public Optional<ChildProcess> start(App app, boolean detached, List<String> extraArguments) {
        if (healthy(app)) {
            return Optional.empty();
        }
        Path jar = repository
                .resolve(app.module)
                .resolve("target")
                .resolve(app.module + "-" + BuildInfo.projectVersion() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build first with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xmx" + app.heap,
                "-XX:+UseSerialGC",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.shortlist",
                "-jar",
                jar.toString()));
        command.addAll(arguments(app));
        command.addAll(extraArguments);
        ChildProcess process = ChildProcess.start(
                app.module, command, Map.of(), repository, logDir().resolve(app.module + ".log"), detached);
        process.writePidFile(pidFile(app));
        return Optional.of(process);
    }

    /** Waits until the app's health endpoint answers 200 (the process must stay alive meanwhile). */
    public void awaitHealthy(App app, ChildProcess process, Duration timeout) {
        Probes.await(app.module, timeout, () -> healthy(app), process);
    }

    /** Stops every app recorded as started; returns the names of those stopped. */
    public List<String> stopAll() {
        List<String> stopped = new ArrayList<>();
        for (App app : App.values()) {
            ChildProcess.fromPidFile(app.module, pidFile(app), logDir().resolve(app.module + ".log"))
                    .ifPresent(p -> {
                        p.stop(Duration.ofSeconds(20));
                        stopped.add(app.module);
                    });
            pidFile(app).toFile().delete();
        }
        return stopped;
    }

    private List<String> arguments(App app) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + app.port(),
                "--spring.kafka.bootstrap-servers=" + endpoints.bootstrapServers(),
                "--spring.kafka.properties.schema.registry.url=" + endpoints.schemaRegistryUrl(),
                "--shortlist.blobs.dir=" + blobsDir()));
        if (app != App.STREAMS) {
            args.add("--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                    + devIssuerDir().resolve("public.pem"));
        }
        if (app == App.QUERY) {
            args.add("--spring.elasticsearch.uris=" + endpoints.elasticsearchUrl());
        }
        if (app == App.STREAMS) {
            args.add("--spring.kafka.streams.state-dir=" + stack.home().resolve("streams-state"));
        }
        return args;
    }

    private Path logDir() {
        return stack.home().resolve("logs");
    }

    /** The pid file of an app started by this class (from any JVM). */
    public Path pidFile(App app) {
        return stack.runDir().resolve(app.module + ".pid");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
