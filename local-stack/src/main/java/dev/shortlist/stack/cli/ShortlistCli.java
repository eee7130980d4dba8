package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import dev.shortlist.stack.process.ChildProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code shortlist} command: screen resumes against a job on the embedded stack, and manage
 * that stack. {@code screen} starts whatever is not running yet (Kafka, schema registry,
 * Elasticsearch, the three services), so a fresh checkout needs only this one command.
 */
@Command(name = "shortlist", mixinStandardHelpOptions = true,
        description = "Screen resumes against a job with the local Shortlist stack.",
        subcommands = {ShortlistCli.Screen.class, ShortlistCli.Up.class, ShortlistCli.Down.class,
                ShortlistCli.Status.class, ShortlistCli.Token.class, ShortlistCli.Rescore.class, ShortlistCli.Parse.class})
public final class ShortlistCli {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SERVICE_START = Duration.ofMinutes(4);

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

    static Path repository() {
        return Path.of(System.getProperty("shortlist.repo", ".")).toAbsolutePath().normalize();
    }

    /** Starts the stack and the services that are not running yet; prints one line per service. */
    static void up(PrintStream out) {
        StackSettings settings = StackSettings.fromEnvironment();
        LocalStack stack = new LocalStack(settings, true);
        out.printf("Starting the local stack (data in %s)...%n", settings.home());
        LocalStack.StartReport report = stack.start(EnumSet.allOf(Component.class));
        report.components().forEach(c -> out.printf("  %-18s %-8s %s%n", c.component().name().toLowerCase(), c.origin(), c.endpoint()));
        AppServices services = new AppServices(repository(), settings);
        DevTokenIssuer.inDirectory(services.devIssuerDir());
        Map<AppServices.App, ChildProcess> started = new HashMap<>();
        for (AppServices.App app : AppServices.App.values()) {
            services.start(app).ifPresent(p -> started.put(app, p));
        }
        for (AppServices.App app : AppServices.App.values()) {
            ChildProcess process = started.get(app);
            long begin = System.nanoTime();
            services.awaitHealthy(app, process, SERVICE_START);
            out.printf("  %-18s %-8s %s%s%n", app.module, process == null ? "REUSED" : "STARTED", app.baseUrl(),
                    process == null ? "" : " (healthy after %.1f s)".formatted((System.nanoTime() - begin) / 1e9));
        }
    }

    @Command(name = "screen", description = "Screen resumes (files or folders) against a job and print the ranked shortlist.")
    static final class Screen implements Callable<Integer> {

        @Option(names = "--job", required = true, description = "Job description: a file (TXT, PDF, DOCX) or the text itself.")
        String job;

        @Option(names = "--title", description = "Job title (default: the description's first line).")
        String title;

        @Option(names = "--org", defaultValue = "demo", description = "Organization to screen as (default: ${DEFAULT-VALUE}).")
        String organization;

        @Option(names = "--top", defaultValue = "20", description = "How many candidates to print (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--json", description = "Print the shortlist as JSON.")
        boolean json;

        @Option(names = "--open", description = "Print the URLs to explore the results.")
        boolean open;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Resume files or folders.")
        List<Path> paths;

        @Override
        public Integer call() throws IOException {
            List<Path> files = collect(paths);
            if (files.isEmpty()) {
                throw new CliException("No files found in " + paths);
            }
            PrintStream progressOut = json ? System.err : System.out;
            up(progressOut);
            StackSettings settings = StackSettings.fromEnvironment();
            AppServices services = new AppServices(repository(), settings);
            String token = DevTokenIssuer.inDirectory(services.devIssuerDir())
                    .token(organization, List.of("recruiter"), Duration.ofHours(1));
            ShortlistClient client = new ShortlistClient(AppServices.App.INGEST.baseUrl(), AppServices.App.QUERY.baseUrl(), token);

            Path jobFile = Path.of(job);
            String jobId = Files.isRegularFile(jobFile)
                    ? (jobFile.toString().endsWith(".txt") ? client.postJob(Files.readString(jobFile), title) : client.postJobFile(jobFile))
                    : client.postJob(job, title);
            JsonNode batch = client.uploadBatch(jobId, files);
            String batchId = batch.path("batchId").asText();
            int total = batch.path("total").asInt();
            progressOut.printf("Job %s, batch %s: %d accepted, %d rejected%n", jobId, batchId, total, batch.path("rejected").size());
            for (JsonNode rejected : batch.path("rejected")) {
                progressOut.printf("  rejected %s: %s (%s)%n", rejected.path("fileName").asText(),
                        rejected.path("reason").asText(), rejected.path("detail").asText());
            }

            JsonNode last = awaitCompletion(client, batchId, total, progressOut);
            JsonNode ranking = awaitRanking(client, jobId, last.path("succeeded").asInt(), Math.max(top, 1));
            Map<String, String> names = new HashMap<>();
            for (JsonNode accepted : batch.path("accepted")) {
                names.put(accepted.path("resumeId").asText(), accepted.path("fileName").asText());
            }
            if (json) {
                System.out.println(asJson(jobId, batchId, last, ranking, names));
            } else {
                ShortlistTable.print(System.out, ranking, names, last);
            }
            if (open) {
                String query = AppServices.App.QUERY.baseUrl();
                progressOut.printf("%nExplore:%n  ranking       %s/api/v1/jobs/%s/ranking%n  batch         %s/api/v1/batches/%s%n"
                                + "  API docs      %s/swagger-ui.html%n  token         ./shortlist token --org %s --role viewer%n",
                        query, jobId, query, batchId, query, organization);
            }
            return 0;
        }

        private static JsonNode awaitCompletion(ShortlistClient client, String batchId, int total, PrintStream out) {
            ProgressBar bar = new ProgressBar(out, total);
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            JsonNode last = null;
            while (System.nanoTime() < deadline) {
                last = client.followProgress(batchId, bar::update, ShortlistCli::finished, Duration.ofMinutes(30));
                if (last != null && finished(last)) {
                    break;
                }
                // The stream ended early (batch not projected yet, or a restart): poll, then follow again.
                JsonNode polled = client.batch(batchId);
                if (polled != null) {
                    bar.update(polled);
                    if (finished(polled)) {
                        last = polled;
                        break;
                    }
                }
                pause(Duration.ofMillis(500));
            }
            bar.done();
            if (last == null || !finished(last)) {
                throw new CliException("Batch " + batchId + " did not complete in 30 minutes");
            }
            return last;
        }

        /** Scores and progress are projected separately: wait until the ranking holds every scored resume. */
        private static JsonNode awaitRanking(ShortlistClient client, String jobId, int expected, int top) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            JsonNode ranking = client.ranking(jobId, top);
            while (ranking.path("total").asLong() < expected && System.nanoTime() < deadline) {
                pause(Duration.ofMillis(250));
                ranking = client.ranking(jobId, top);
            }
            return ranking;
        }

        private static ObjectNode asJson(String jobId, String batchId, JsonNode batch, JsonNode ranking, Map<String, String> names) {
            ObjectNode root = JSON.createObjectNode().put("jobId", jobId).put("batchId", batchId);
            root.set("batch", batch);
            ArrayNode items = root.putArray("shortlist");
            for (JsonNode item : ranking.path("items")) {
                ObjectNode copy = item.deepCopy();
                copy.put("fileName", names.getOrDefault(item.path("resumeId").asText(), ""));
                items.add(copy);
            }
            return root;
        }
    }

    static boolean finished(JsonNode batch) {
        String status = batch.path("status").asText();
        return status.startsWith("COMPLETED");
    }

    static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new CliException("No such file or folder: " + path);
            }
        }
        return files;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted");
        }
    }

    @Command(name = "up", description = "Start the local stack and the three services (reusing what runs).")
    static final class Up implements Callable<Integer> {
        @Override
        public Integer call() {
            up(System.out);
            return 0;
        }
    }

    @Command(name = "down", description = "Stop the services and the local stack started by 'up' or 'screen'.")
    static final class Down implements Callable<Integer> {
        @Override
        public Integer call() {
            StackSettings settings = StackSettings.fromEnvironment();
            new AppServices(repository(), settings).stopAll().forEach(s -> System.out.println("  stopped " + s));
            LocalStack.stopRecorded(settings).forEach(p -> System.out.println("  stopped " + p.name()));
            return 0;
        }
    }

    @Command(name = "status", description = "Show what is running and healthy.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            StackSettings settings = StackSettings.fromEnvironment();
            new LocalStack(settings).status().values().forEach(s -> System.out.printf("  %-18s %-28s %s%n",
                    s.component().name().toLowerCase(), s.endpoint(), s.healthy() ? "healthy" : "not answering"));
            AppServices services = new AppServices(repository(), settings);
            for (AppServices.App app : AppServices.App.values()) {
                System.out.printf("  %-18s %-28s %s%n", app.module, app.baseUrl(), services.healthy(app) ? "healthy" : "not answering");
            }
            return 0;
        }
    }

    @Command(name = "token", description = "Print a development JWT for an organization and role.")
    static final class Token implements Callable<Integer> {
        @Option(names = "--org", required = true, description = "Organization id (claim org_id).")
        String organization;

        @Option(names = "--role", defaultValue = "recruiter", description = "viewer, recruiter or admin (default: ${DEFAULT-VALUE}).")
        String role;

        @Option(names = "--minutes", defaultValue = "60", description = "Validity in minutes (default: ${DEFAULT-VALUE}).")
        long minutes;

        @Override
        public Integer call() {
            StackSettings settings = StackSettings.fromEnvironment();
            Path keys = new AppServices(repository(), settings).devIssuerDir();
            System.out.println(DevTokenIssuer.inDirectory(keys).token(organization, List.of(role.split(",")), Duration.ofMinutes(minutes)));
            return 0;
        }
    }

    @Command(name = "rescore", description = "Rescore every resume screened against a job with the current scorer.")
    static final class Rescore implements Callable<Integer> {
        @Option(names = "--job", required = true, description = "Job id.")
        String jobId;

        @Option(names = "--org", defaultValue = "demo", description = "Organization owning the job (default: ${DEFAULT-VALUE}).")
        String organization;

        @Option(names = "--reason", description = "Why, for the audit trail.")
        String reason;

        @Override
        public Integer call() throws Exception {
            StackSettings settings = StackSettings.fromEnvironment();
            TopicCatalog catalog = new TopicCatalog(Map.of("schema.registry.url", settings.schemaRegistryUrl()), 3);
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            RescoreRequested request = RescoreRequested.newBuilder()
                    .setMetadata(EventMetadata.newBuilder()
                            .setEventId(UUID.randomUUID().toString())
                            .setOccurredAt(Instant.now())
                            .setOrganizationId(organization)
                            .setActor("shortlist-cli")
                            .setProducer("shortlist-cli/0.1.0")
                            .build())
                    .setScope(RescoreScope.JOB)
                    .setJobId(jobId)
                    .setReason(reason)
                    .build();
            try (KafkaProducer<String, RescoreRequested> producer = new KafkaProducer<>(props,
                    catalog.rescores().keySerde().serializer(), catalog.rescores().valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(catalog.rescores().name(), jobId, request)).get();
            }
            System.out.println("Rescore of " + jobId + " requested.");
            return 0;
        }
    }

    @Command(name = "parse", description = "Parse one resume offline and print its profile as JSON.")
    static final class Parse implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ARG", description = "The file, then any parse options.")
        List<String> args;

        @Override
        public Integer call() throws Exception {
            Path jar = repository().resolve("streams-processor/target/streams-processor-0.1.0.jar");
            if (!Files.isRegularFile(jar)) {
                throw new CliException("Missing " + jar + ": build first with ./mvnw -DskipTests package");
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dloader.main=dev.shortlist.tools.parsing.ParseCommand",
                    "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
            command.addAll(args);
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        }
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
