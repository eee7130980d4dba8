package dev.shortlist.stack.cli;

import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import dev.shortlist.stack.process.ChildProcess;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * Brings up the local stack and the three services, reusing what already answers, and tells the
 * person waiting about each one: a line when it is launched, another when it is ready.
 */
final class Supervisor {

    private static final Duration SERVICE_START = Duration.ofMinutes(4);

    private final StackSettings settings;
    private final AppServices services;
    private final PrintStream out;

    /** @param out where the progress lines go (stderr for {@code screen}, so its stdout stays machine-readable) */
    Supervisor(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.services = new AppServices(ShortlistCli.repository(), settings);
        this.out = out;
    }

    AppServices services() {
        return services;
    }

    /** Starts what is not running yet and returns once every service answers its health check. */
    void up() {
        out.printf("Starting the local stack (data and logs in %s)...%n", settings.home());
        new LocalStack(settings, true).start(EnumSet.allOf(Component.class), new LocalStack.StartListener() {
            @Override
            public void launched(Component component) {
                line(name(component), "starting...", "");
            }

            @Override
            public void ready(LocalStack.ComponentStart start) {
                line(
                        name(start.component()),
                        start.origin() == LocalStack.Origin.REUSED
                                ? "already running"
                                : "ready in %.1f s".formatted(seconds(start.timeToHealthy())),
                        start.endpoint());
            }
        });
        DevTokenIssuer.inDirectory(services.devIssuerDir());
        // The three services start side by side; each is reported as it becomes healthy, in a fixed order.
        Map<AppServices.App, ChildProcess> started = new EnumMap<>(AppServices.App.class);
        Map<AppServices.App, Long> launchedAt = new EnumMap<>(AppServices.App.class);
        for (AppServices.App app : AppServices.App.values()) {
            services.start(app).ifPresent(p -> {
                started.put(app, p);
                launchedAt.put(app, System.nanoTime());
                line(app.module(), "starting...", "");
            });
        }
        for (AppServices.App app : AppServices.App.values()) {
            ChildProcess process = started.get(app);
            services.awaitHealthy(app, process, SERVICE_START);
            line(
                    app.module(),
                    process == null
                            ? "already running"
                            : "ready in %.1f s".formatted((System.nanoTime() - launchedAt.get(app)) / 1e9),
                    app.baseUrl());
        }
    }

    private void line(String name, String state, String endpoint) {
        out.println("  %-18s %-16s %s".formatted(name, state, endpoint).stripTrailing());
        out.flush();
    }

    static String name(Component component) {
        return component.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
