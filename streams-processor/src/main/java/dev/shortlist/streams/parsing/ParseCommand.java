package dev.shortlist.streams.parsing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import dev.shortlist.streams.taxonomy.Taxonomies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shortlist parse FILE [--reference-date 2026-11-23] [--json]}: prints the parsed profile. */
@Command(name = "parse", mixinStandardHelpOptions = true, version = ResumeParser.VERSION,
        description = "Parses a resume (PDF, DOCX, DOC, RTF, ODT, TXT, HTML) and prints its profile.")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The resume file.")
    Path file;

    @Option(names = "--reference-date", paramLabel = "DATE",
            description = "Upload date used for 'Present' and total years (default: today, UTC).")
    LocalDate referenceDate;

    @Option(names = "--json", description = "Print the whole outcome as JSON (with the extracted text).")
    boolean json;

    @Option(names = "--phone-region", defaultValue = "US", description = "Region for phone numbers without a country code (default: ${DEFAULT-VALUE}).")
    String phoneRegion;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParseCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.now(ZoneOffset.UTC);
        byte[] bytes = Files.readAllBytes(file);
        try (ResumeParser parser = new ResumeParser(ParserSettings.defaults().withPhoneRegion(phoneRegion), Taxonomies.curated())) {
            ParseOutcome outcome = parser.parse(bytes, reference);
            out.println(ProfileJson.write(outcome, json));
            out.flush();
            return outcome instanceof ParseOutcome.Parsed ? 0 : 2;
        }
    }
}
