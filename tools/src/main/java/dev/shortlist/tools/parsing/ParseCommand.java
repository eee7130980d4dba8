package dev.shortlist.tools.parsing;

import dev.shortlist.screening.parsing.Contact;
import dev.shortlist.screening.parsing.EducationEntry;
import dev.shortlist.screening.parsing.ExperienceEntry;
import dev.shortlist.screening.parsing.ParseOutcome;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.taxonomy.Taxonomies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shortlist parse FILE [--reference-date 2026-11-23] [--json]}: prints the parsed profile. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        version = ResumeParser.VERSION,
        description = "Parses a resume (PDF, DOCX, DOC, RTF, ODT, TXT, HTML) and prints its profile.")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The resume file.")
    Path file;

    @Option(
            names = "--reference-date",
            paramLabel = "DATE",
            description = "Upload date used for 'Present' and total years (default: today, UTC).")
    LocalDate referenceDate;

    @Option(
            names = "--json",
            description = "Print the whole outcome as JSON, extracted text included (default: a readable summary).")
    boolean json;

    @Option(
            names = "--phone-region",
            defaultValue = "US",
            description = "Region for phone numbers without a country code (default: ${DEFAULT-VALUE}).")
    String phoneRegion;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParseCommand()).execute(args));
    }

    static String summary(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Failed failed) {
            return "FAILED " + failed.reason() + ": " + failed.detail();
        }
        ResumeProfile p = ((ParseOutcome.Parsed) outcome).profile();
        StringBuilder out = new StringBuilder();
        Contact c = p.contact();
        out.append("name:       ")
                .append(c.name())
                .append('\n')
                .append("email:      ")
                .append(c.email())
                .append('\n')
                .append("phone:      ")
                .append(c.phone())
                .append('\n')
                .append("location:   ")
                .append(c.location())
                .append('\n')
                .append("links:      ")
                .append(c.links().stream().map(Contact.Link::url).toList())
                .append('\n')
                .append("language:   ")
                .append(p.documentLanguage())
                .append(" (")
                .append(p.mediaType())
                .append(")\n")
                .append("total years: ")
                .append(p.totalYears())
                .append('\n')
                .append("experience:\n");
        for (ExperienceEntry e : p.experience()) {
            out.append("  ")
                    .append(e.start())
                    .append(" .. ")
                    .append(e.current() ? "present" : e.end())
                    .append("  ")
                    .append(e.title())
                    .append(" | ")
                    .append(e.company())
                    .append(" | ")
                    .append(e.location())
                    .append('\n');
        }
        out.append("education:\n");
        for (EducationEntry e : p.education()) {
            out.append("  ")
                    .append(e.level())
                    .append("  ")
                    .append(e.degree())
                    .append(" | ")
                    .append(e.field())
                    .append(" | ")
                    .append(e.institution())
                    .append(" | ")
                    .append(e.end())
                    .append('\n');
        }
        out.append("skills:     ")
                .append(p.skills().stream()
                        .map(s -> s.name() + (s.monthsUsed() == null ? "" : " (" + s.monthsUsed() + " mo)"))
                        .toList())
                .append('\n')
                .append("languages:  ")
                .append(p.languages())
                .append('\n')
                .append("certifications: ")
                .append(p.certifications())
                .append('\n')
                .append("missing:    ")
                .append(p.missingFields())
                .append('\n')
                .append("parser:     ")
                .append(p.parserVersion())
                .append(", taxonomy ")
                .append(p.taxonomyVersion());
        return out.toString();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.now(ZoneOffset.UTC);
        byte[] bytes = Files.readAllBytes(file);
        try (ResumeParser parser =
                new ResumeParser(ParserSettings.defaults().withPhoneRegion(phoneRegion), Taxonomies.curated())) {
            ParseOutcome outcome = parser.parse(bytes, reference);
            out.println(json ? ProfileJson.write(outcome, true) : summary(outcome));
            out.flush();
            return outcome instanceof ParseOutcome.Parsed ? 0 : 2;
        }
    }
}
