package dev.shortlist.stack.cli;

import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code up}, {@code down} and {@code status}: the lifecycle of the stack and services the other commands use. */
final class StackCommands {

    private StackCommands() {}

    @Command(name = "up", description = "Start the local stack and the three services (reusing what runs).")
    static final class Up implements Callable<Integer> {
        @Override
        public Integer call() {
            new Supervisor(StackSettings.fromEnvironment(), System.out).up();
            return 0;
        }
    }

    @Command(name = "down", description = "Stop the services and the local stack started by 'up' or 'screen'.")
    static final class Down implements Callable<Integer> {
        @Override
        public Integer call() {
            StackSettings settings = StackSettings.fromEnvironment();
            new AppServices(ShortlistCli.repository(), settings)
                    .stopAll()
                    .forEach(s -> System.out.println("  stopped " + s));
            LocalStack.stopRecorded(settings).forEach(p -> System.out.println("  stopped " + p.name()));
            return 0;
        }
    }

    @Command(name = "status", description = "Show what is running and healthy, and where logs and pid files are.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            StackSettings settings = StackSettings.fromEnvironment();
            // About the stack 'up' keeps running, which is always embedded.
            new LocalStack(settings.withMode(StackSettings.Mode.EMBEDDED), true)
                    .status()
                    .values()
                    .forEach(s -> System.out.printf(
                            "  %-18s %-28s %s%n",
                            Supervisor.name(s.component()), s.endpoint(), s.healthy() ? "healthy" : "not answering"));
            AppServices services = new AppServices(ShortlistCli.repository(), settings);
            for (AppServices.App app : AppServices.App.values()) {
                System.out.printf(
                        "  %-18s %-28s %s%n",
                        app.module(), app.baseUrl(), services.healthy(app) ? "healthy" : "not answering");
            }
            System.out.printf(
                    "  logs in %s (services), %s and %s; pid files in %s%n",
                    settings.home().resolve("logs"),
                    settings.home().resolve("kafka/logs"),
                    settings.home().resolve("elasticsearch/logs"),
                    settings.runDir());
            return 0;
        }
    }
}
