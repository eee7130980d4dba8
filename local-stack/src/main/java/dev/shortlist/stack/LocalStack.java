package dev.shortlist.stack;

import dev.shortlist.stack.containers.ContainerImages;
import dev.shortlist.stack.containers.ContainerStack;
import dev.shortlist.stack.containers.DockerEngine;
import dev.shortlist.stack.elasticsearch.ElasticsearchProcess;
import dev.shortlist.stack.kafka.KafkaNodeProcess;
import dev.shortlist.stack.process.ChildProcess;
import dev.shortlist.stack.process.Probes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kafka, the schema registry and Elasticsearch on this machine, without Docker.
 *
 * <p>{@link #start(Set)} starts only what does not already answer on its port, so a stack kept
 * running by a person or by another JVM is reused, then waits until every requested service is
 * healthy. {@link #stop()} stops only what this object started. Started processes are recorded in
 * pid files under {@code <home>/run}, so {@link #stopRecorded(StackSettings)} can stop a detached
 * stack from another process.
 *
 * <p>In the testcontainers mode ({@link StackSettings.Mode}) the same calls run Docker containers
 * instead, and the endpoints are the ports Docker mapped: take them from {@link #endpoints()}.
 */
public final class LocalStack implements AutoCloseable {

    /** Whether a service was started by this object or found running. */
    public enum Origin {
        STARTED,
        REUSED
    }

    /** One service after {@link #start(Set)}: where it answers and how long it took to be healthy. */
    public record ComponentStart(
            Component component, Origin origin, String endpoint, Duration timeToHealthy, long pid) {}

    /** Hears about each service as {@link #start(Set, StartListener)} brings it up, for people waiting on it. */
    public interface StartListener {
        /** The service was launched (not called for one found running). */
        default void launched(Component component) {}

        /** The service answers its health check, or was found running. */
        default void ready(ComponentStart start) {}
    }

    /** What {@link #start(Set)} did. */
    public record StartReport(List<ComponentStart> components, Duration total) {}

    /** A service as {@link #status()} sees it. */
    public record ComponentStatus(Component component, String endpoint, boolean healthy, boolean ownedHere) {}

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackSettings settings;
    private final boolean detached;
    private final StackSettings.Mode mode;
    /** The containers of the testcontainers mode, created on first start; null in the embedded mode. */
    private ContainerStack containers;

    private final Map<Component, ChildProcess> owned = new EnumMap<>(Component.class);
    private final EmbeddedHealth health;
    private Thread shutdownHook;

    /**
     * @param detached whether started services should outlive this JVM (the {@code up} command);
     *     otherwise they are stopped by {@link #stop()} or, at the latest, when this JVM exits
     * @throws IllegalStateException when the testcontainers mode is requested and cannot run
     */
    public LocalStack(StackSettings settings, boolean detached) {
        this.settings = settings;
        this.health = new EmbeddedHealth(settings);
        this.detached = detached;
        this.mode = settings.mode().resolve(detached, DockerEngine::available);
    }

    public LocalStack(StackSettings settings) {
        this(settings, false);
    }

    /** A stack configured from system properties and the environment (see {@link StackSettings}). */
    public static LocalStack fromEnvironment() {
        return new LocalStack(StackSettings.fromEnvironment());
    }

    public StackSettings settings() {
        return settings;
    }

    /** {@link StackSettings.Mode#EMBEDDED} or {@link StackSettings.Mode#TESTCONTAINERS}, never auto. */
    public StackSettings.Mode mode() {
        return mode;
    }

    /** Starts every component. */
    public StartReport start() {
        return start(EnumSet.allOf(Component.class));
    }

    /** Starts the given components (and what they need) unless they already run, and waits for health. */
    public StartReport start(Set<Component> requested) {
        return start(requested, new StartListener() {});
    }

    /** As {@link #start(Set)}, telling {@code listener} as each service is launched and becomes healthy. */
    public synchronized StartReport start(Set<Component> requested, StartListener listener) {
        if (mode == StackSettings.Mode.TESTCONTAINERS) {
            return startContainers(requested, listener);
        }
        long begin = System.nanoTime();
        Set<Component> components = Component.withDependencies(requested);
        Map<Component, Long> launchedAt = new EnumMap<>(Component.class);

        // Elasticsearch is the slowest to become healthy: launch it first so the JVMs start side by side.
        if (components.contains(Component.ELASTICSEARCH) && needsStart(Component.ELASTICSEARCH)) {
            launchedAt.put(Component.ELASTICSEARCH, System.nanoTime());
            own(Component.ELASTICSEARCH, ElasticsearchProcess.start(settings, detached));
            listener.launched(Component.ELASTICSEARCH);
        }
        boolean broker = components.contains(Component.KAFKA) && needsStart(Component.KAFKA);
        // A new broker always brings the registry along in its JVM (a few MB, under a second): a later
        // test class that needs the registry then finds it instead of paying for a JVM of its own.
        boolean registry =
                (broker || components.contains(Component.SCHEMA_REGISTRY)) && needsStart(Component.SCHEMA_REGISTRY);
        if (registry) {
            components.add(Component.SCHEMA_REGISTRY);
        }
        if (broker || registry) {
            ChildProcess node = KafkaNodeProcess.start(settings, broker, registry, detached);
            if (broker) {
                launchedAt.put(Component.KAFKA, System.nanoTime());
                own(Component.KAFKA, node);
                listener.launched(Component.KAFKA);
            }
            if (registry) {
                launchedAt.put(Component.SCHEMA_REGISTRY, System.nanoTime());
                own(Component.SCHEMA_REGISTRY, node);
                listener.launched(Component.SCHEMA_REGISTRY);
            }
        }

        List<ComponentStart> report = new ArrayList<>();
        for (Component component : List.of(Component.KAFKA, Component.SCHEMA_REGISTRY, Component.ELASTICSEARCH)) {
            if (!components.contains(component)) {
                continue;
            }
            ChildProcess process = launchedAt.containsKey(component) ? owned.get(component) : null;
            try {
                Probes.await(
                        EmbeddedHealth.describe(component),
                        EmbeddedHealth.timeout(component),
                        () -> health.isHealthy(component),
                        process);
            } catch (RuntimeException e) {
                if (process != null && !process.isAlive() && Probes.isListening(health.port(component))) {
                    // Another JVM launched the same service at the same moment and won the port: use theirs.
                    owned.remove(component);
                    launchedAt.remove(component);
                    process = null;
                    Probes.await(
                            EmbeddedHealth.describe(component),
                            EmbeddedHealth.timeout(component),
                            () -> health.isHealthy(component),
                            null);
                } else {
                    if (process != null) {
                        stopOwned(component);
                    }
                    throw e;
                }
            }
            Long launched = launchedAt.get(component);
            ComponentStart start = new ComponentStart(
                    component,
                    launched == null ? Origin.REUSED : Origin.STARTED,
                    endpoint(component),
                    launched == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - launched),
                    process == null ? -1 : process.pid());
            report.add(start);
            listener.ready(start);
        }
        if (components.contains(Component.KAFKA)) {
            StackTopics.provision(endpoints().bootstrapServers());
        }
        return new StartReport(report, Duration.ofNanos(System.nanoTime() - begin));
    }

    /** Stops what this object started (clean shutdown, then kill) and returns how long it took. */
    public synchronized Duration stop() {
        long begin = System.nanoTime();
        if (containers != null) {
            containers.stop();
            containers = null;
        }
        // Elasticsearch first, then the Kafka node (which may also hold the registry).
        for (Component component : List.of(Component.ELASTICSEARCH, Component.SCHEMA_REGISTRY, Component.KAFKA)) {
            stopOwned(component);
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook is what called us.
            }
            shutdownHook = null;
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /**
     * Stops one service this object started, as an outage would (clean shutdown, then kill), and
     * keeps its data: {@link #start(Set)} starts it again on the same port. A service that shares its
     * process (Kafka and the registry) goes down with it; a service found running is left alone.
     *
     * @return whether the service was stopped
     */
    public synchronized boolean stop(Component component) {
        if (mode == StackSettings.Mode.TESTCONTAINERS) {
            throw new UnsupportedOperationException("stopping one service is implemented by the embedded stack only "
                    + "(a restarted container gets another port); run this test with " + StackSettings.PREFIX
                    + "mode=embedded");
        }
        ChildProcess process = owned.get(component);
        if (process == null) {
            return false;
        }
        owned.values().removeIf(process::equals);
        process.stop(STOP_GRACE);
        PidFiles.deleteQuietly(PidFiles.of(settings, component, process));
        return true;
    }

    @Override
    public void close() {
        stop();
    }

    /** Health of every component, and whether this object started it. */
    public Map<Component, ComponentStatus> status() {
        Map<Component, ComponentStatus> status = new LinkedHashMap<>();
        if (mode == StackSettings.Mode.TESTCONTAINERS) {
            for (Component component : Component.values()) {
                boolean running;
                synchronized (this) {
                    running = containers != null && containers.isRunning(component);
                }
                status.put(component, new ComponentStatus(component, endpoint(component), running, running));
            }
            return status;
        }
        for (Component component : Component.values()) {
            boolean ownedHere;
            synchronized (this) {
                ownedHere = owned.containsKey(component);
            }
            status.put(
                    component,
                    new ComponentStatus(component, endpoint(component), health.isHealthy(component), ownedHere));
        }
        return status;
    }

    public String bootstrapServers() {
        return endpoints().bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return endpoints().schemaRegistryUrl();
    }

    public String elasticsearchUrl() {
        return endpoints().elasticsearchUrl();
    }

    /**
     * Where the services answer: the configured ports when embedded, the mapped ports of the
     * containers (null for those not started) in the testcontainers mode.
     */
    public synchronized StackEndpoints endpoints() {
        if (mode == StackSettings.Mode.TESTCONTAINERS) {
            return containers == null ? new StackEndpoints(null, null, null) : containers.endpoints();
        }
        return settings.endpoints();
    }

    /** The processes this object started, by component (Kafka and the registry may share one). */
    public synchronized Map<Component, ChildProcess> ownedProcesses() {
        return Map.copyOf(owned);
    }

    /**
     * Stops the processes recorded in the pid files of {@code settings.home()}, whoever started
     * them (the {@code down} command).
     *
     * @return the processes stopped
     */
    public static List<ChildProcess> stopRecorded(StackSettings settings) {
        return PidFiles.stopRecorded(settings, STOP_GRACE);
    }

    /** The processes recorded in the pid files of {@code settings.home()} that still run. */
    public static Map<String, ChildProcess> recorded(StackSettings settings) {
        return PidFiles.recorded(settings);
    }

    private StartReport startContainers(Set<Component> requested, StartListener listener) {
        long begin = System.nanoTime();
        if (containers == null) {
            containers = new ContainerStack(ContainerImages.fromEnvironment());
        }
        List<ComponentStart> report = new ArrayList<>();
        Set<Component> components = Component.withDependencies(requested);
        // One at a time, in dependency order, so each start is timed and reported as it completes.
        for (Component component : List.of(Component.KAFKA, Component.SCHEMA_REGISTRY, Component.ELASTICSEARCH)) {
            if (components.contains(component)) {
                long launched = System.nanoTime();
                listener.launched(component);
                containers.start(Set.of(component));
                ComponentStart start = new ComponentStart(
                        component,
                        Origin.STARTED,
                        endpoint(component),
                        Duration.ofNanos(System.nanoTime() - launched),
                        -1);
                report.add(start);
                listener.ready(start);
            }
        }
        if (components.contains(Component.KAFKA)) {
            StackTopics.provision(endpoints().bootstrapServers());
        }
        return new StartReport(report, Duration.ofNanos(System.nanoTime() - begin));
    }

    private boolean needsStart(Component component) {
        return !Probes.isListening(health.port(component));
    }

    private void own(Component component, ChildProcess process) {
        owned.put(component, process);
        process.writePidFile(PidFiles.of(settings, component, process));
        if (!detached && shutdownHook == null) {
            shutdownHook = new Thread(this::stop, "local-stack-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void stopOwned(Component component) {
        ChildProcess process = owned.remove(component);
        if (process == null) {
            return;
        }
        if (!owned.containsValue(process)) {
            process.stop(STOP_GRACE);
            PidFiles.deleteQuietly(PidFiles.of(settings, component, process));
        }
    }

    private String endpoint(Component component) {
        StackEndpoints endpoints = endpoints();
        return switch (component) {
            case KAFKA -> endpoints.bootstrapServers();
            case SCHEMA_REGISTRY -> endpoints.schemaRegistryUrl();
            case ELASTICSEARCH -> endpoints.elasticsearchUrl();
        };
    }
}
