package dev.shortlist.stack.cli;

import dev.shortlist.stack.BuildInfo;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code shortlist} command: screen resumes against a job on the local stack, and manage that
 * stack. {@code screen} starts whatever is not running yet (Kafka, schema registry, Elasticsearch,
 * the three services), so a fresh checkout needs only this one command.
 */
@Command(
        name = "shortlist",
        mixinStandardHelpOptions = true,
        versionProvider = ShortlistCli.Version.class,
        description = "Screen resumes against a job with the local Shortlist stack.",
        subcommands = {
            ScreenCommand.class,
            StackCommands.Up.class,
            StackCommands.Down.class,
            StackCommands.Status.class,
            TokenCommand.class,
            RescoreCommand.class,
            ParseFileCommand.class,
            TopicCommand.class
        })
public final class ShortlistCli {

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        CommandLine cli = new CommandLine(new ShortlistCli());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("shortlist: " + e.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    /** The checkout the command runs from (the script passes it), which holds the services' jars. */
    static Path repository() {
        return Path.of(System.getProperty("shortlist.repo", "."))
                .toAbsolutePath()
                .normalize();
    }

    /** {@code --version}: the version the build recorded. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"shortlist " + BuildInfo.projectVersion()};
        }
    }
}
