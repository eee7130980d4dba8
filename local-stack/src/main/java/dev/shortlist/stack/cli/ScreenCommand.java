package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code screen}: brings the stack up, posts the job, uploads the files as one batch, follows its
 * progress and prints the ranked shortlist with the files that could not be scored.
 */
@Command(
        name = "screen",
        description = "Screen resumes (files or folders) against a job and print the ranked shortlist.")
final class ScreenCommand implements Callable<Integer> {

    @Option(
            names = "--job",
            required = true,
            description = "Job description: a file (TXT, PDF, DOCX) or the text itself.")
    String job;

    @Option(names = "--title", description = "Job title (default: the description's first line).")
    String title;

    @Option(
            names = "--org",
            defaultValue = "demo",
            description = "Organization to screen as (default: ${DEFAULT-VALUE}).")
    String organization;

    @Option(
            names = "--top",
            defaultValue = "20",
            description = "How many candidates to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print the shortlist as JSON (progress goes to stderr).")
    boolean json;

    @Option(names = "--open", description = "Print the URLs to explore the results.")
    boolean open;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Resume files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Path> files = ResumeFiles.collect(paths);
        if (files.isEmpty()) {
            throw new CliException("No files found in " + paths);
        }
        PrintStream progressOut = json ? System.err : System.out;
        StackSettings settings = StackSettings.fromEnvironment();
        Supervisor supervisor = new Supervisor(settings, System.err);
        supervisor.up();
        String token = DevTokenIssuer.inDirectory(supervisor.services().devIssuerDir())
                .token(organization, List.of("recruiter"), Duration.ofHours(1));
        ShortlistClient client =
                new ShortlistClient(AppServices.App.INGEST.baseUrl(), AppServices.App.QUERY.baseUrl(), token);

        Path jobFile = Path.of(job);
        String jobId = Files.isRegularFile(jobFile)
                ? (jobFile.toString().endsWith(".txt")
                        ? client.postJob(Files.readString(jobFile), title)
                        : client.postJobFile(jobFile))
                : client.postJob(job, title);
        JsonNode batch = client.uploadBatch(jobId, files);
        String batchId = batch.path("batchId").asText();
        int total = batch.path("total").asInt();
        progressOut.printf(
                "Job %s, batch %s: %d accepted, %d rejected%n",
                jobId, batchId, total, batch.path("rejected").size());
        for (JsonNode rejected : batch.path("rejected")) {
            progressOut.printf(
                    "  rejected %s: %s (%s)%n",
                    rejected.path("fileName").asText(),
                    rejected.path("reason").asText(),
                    rejected.path("detail").asText());
        }

        BatchWatcher watcher = new BatchWatcher(client);
        JsonNode done = watcher.awaitCompletion(batchId, total, progressOut);
        JsonNode ranking = watcher.awaitRanking(jobId, done.path("succeeded").asInt(), Math.max(top, 1));
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode accepted : batch.path("accepted")) {
            names.put(
                    accepted.path("resumeId").asText(),
                    accepted.path("fileName").asText());
        }
        JsonNode rejected =
                batch.path("rejected").isArray() ? batch.path("rejected") : JsonNodeFactory.instance.arrayNode();
        ScreeningReport report = new ScreeningReport(
                jobId, batchId, done, ranking, rejected, watcher.failures(jobId, done, names), names);
        if (json) {
            System.out.println(ShortlistJson.of(report));
        } else {
            ShortlistTable.print(System.out, report);
        }
        if (open) {
            String query = AppServices.App.QUERY.baseUrl();
            progressOut.printf(
                    "%nExplore:%n  ranking       %s/api/v1/jobs/%s/ranking%n  batch         %s/api/v1/batches/%s%n"
                            + "  API docs      %s/swagger-ui.html%n  token         ./shortlist token --org %s --role viewer%n",
                    query, jobId, query, batchId, query, organization);
        }
        return 0;
    }
}
