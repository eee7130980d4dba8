package dev.shortlist.stack.cli;

import dev.shortlist.stack.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parse}: runs the parser offline from the streams processor's jar, no stack needed. */
@Command(name = "parse", description = "Parse one resume offline and print its profile as JSON.")
final class ParseFileCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARG", description = "The file, then any parse options.")
    List<String> args;

    @Override
    public Integer call() throws Exception {
        Path jar = ShortlistCli.repository().resolve("streams-processor/target/streams-processor-" + BuildInfo.projectVersion() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new CliException("Missing " + jar + ": build first with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dloader.main=dev.shortlist.streams.parsing.ParseCommand",
                "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
