package dev.shortlist.stack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parse}: runs the parser offline through the tools launcher (it builds the tools on first use), no stack needed. */
@Command(name = "parse", description = "Parse one resume offline and print its profile as JSON.")
final class ParseFileCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARG", description = "The file, then any parse options.")
    List<String> args;

    @Override
    public Integer call() throws Exception {
        Path launcher = ShortlistCli.repository().resolve("tools/run");
        if (!Files.isExecutable(launcher)) {
            throw new CliException("Missing " + launcher + ": the parse command needs the repository's tools module");
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "parse"));
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
