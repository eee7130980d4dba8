package dev.shortlist.stack;

import dev.shortlist.stack.process.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code up [kafka|schema_registry|elasticsearch ...]}, {@code down} and {@code status} for people:
 * {@code up} leaves the services running after it exits, {@code down} (from any shell) stops them.
 */
public final class LocalStackCli {

    private LocalStackCli() {}

    public static void main(String[] args) {
        // The health check's Kafka admin client logs its whole configuration at INFO: keep the output readable.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        }
        String command = args.length == 0 ? "status" : args[0];
        StackSettings settings = StackSettings.fromEnvironment();
        int exit = switch (command) {
            case "up" -> up(settings, components(List.of(args).subList(1, args.length)));
            case "down" -> down(settings);
            case "status" -> status(settings);
            default -> {
                System.err.println("Usage: LocalStackCli up [kafka|schema_registry|elasticsearch ...] | down | status");
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static int up(StackSettings settings, Set<Component> components) {
        System.out.printf("Starting %s (data in %s)...%n", components, settings.home());
        LocalStack stack = new LocalStack(settings, true);
        try {
            LocalStack.StartReport report = stack.start(components);
            for (LocalStack.ComponentStart c : report.components()) {
                System.out.printf(
                        "  %-16s %-8s %-28s %s%n",
                        c.component(),
                        c.origin(),
                        c.endpoint(),
                        c.origin() == LocalStack.Origin.STARTED
                                ? "healthy after %.1f s, pid %d".formatted(seconds(c.timeToHealthy()), c.pid())
                                : "already running");
            }
            System.out.printf(
                    "All healthy after %.1f s. Logs under %s; stop with 'down'.%n",
                    seconds(report.total()), settings.home());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Start failed: " + e.getMessage());
            stack.stop();
            return 1;
        }
    }

    private static int down(StackSettings settings) {
        long begin = System.nanoTime();
        List<ChildProcess> stopped = LocalStack.stopRecorded(settings);
        if (stopped.isEmpty()) {
            System.out.println("Nothing recorded as running under " + settings.runDir());
        }
        stopped.forEach(p -> System.out.println("  stopped " + p));
        System.out.printf("Done in %.1f s.%n", seconds(Duration.ofNanos(System.nanoTime() - begin)));
        return 0;
    }

    private static int status(StackSettings settings) {
        // About the stack 'up' keeps running, which is always embedded.
        LocalStack stack = new LocalStack(settings.withMode(StackSettings.Mode.EMBEDDED), true);
        Map<String, ChildProcess> recorded = LocalStack.recorded(settings);
        stack.status()
                .values()
                .forEach(s -> System.out.printf(
                        "  %-16s %-28s %s%n", s.component(), s.endpoint(), s.healthy() ? "healthy" : "not answering"));
        long total = 0;
        for (ChildProcess p : recorded.values()) {
            long rss = p.tree().stream().mapToLong(LocalStackCli::rssKib).sum();
            total += rss;
            System.out.printf("  %-16s pid %-8d RSS %5d MB%n", p.name(), p.pid(), rss / 1024);
        }
        if (!recorded.isEmpty()) {
            System.out.printf("  total RSS %d MB%n", total / 1024);
        }
        return 0;
    }

    private static Set<Component> components(List<String> names) {
        if (names.isEmpty()) {
            return EnumSet.allOf(Component.class);
        }
        EnumSet<Component> components = EnumSet.noneOf(Component.class);
        for (String name : names) {
            String normalized = name.toUpperCase(Locale.ROOT).replace('-', '_');
            components.add(normalized.equals("REGISTRY") ? Component.SCHEMA_REGISTRY : Component.valueOf(normalized));
        }
        return components;
    }

    /** Resident memory of a process in KiB, from /proc (0 when unknown). */
    static long rssKib(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
