package dev.shortlist.schemas.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The production {@code topics} command: creates the catalog's missing topics and verifies the
 * existing ones, or with {@code --check} only verifies. Runs from any service jar (see
 * docs/operations.md#topics); exit code 0 when every topic is ready, 1 when one is missing or
 * differs from the catalog, 2 on a usage error or when Kafka cannot be reached.
 *
 * <pre>
 * TopicsCommand --bootstrap-servers HOST:PORT [--partitions 3] [--replication-factor 1]
 *               [--check] [--command-config admin.properties] [--timeout 60]
 * </pre>
 */
public final class TopicsCommand {

    static final String USAGE = """
            Usage: TopicsCommand --bootstrap-servers HOST:PORT [--partitions N] [--replication-factor N]
                                 [--check] [--command-config FILE] [--timeout SECONDS]
              --bootstrap-servers   Kafka to provision (required)
              --partitions          partitions of every topic (default 3; shortlist.topics.partitions)
              --replication-factor  replicas of created topics (default 1; shortlist.topics.replication-factor)
              --check               only verify: report missing or different topics, create nothing
              --command-config      admin client properties (security.protocol, sasl.*, ssl.*)
              --timeout             longest wait for one broker call, in seconds (default 60)
            """;

    private TopicsCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit code (for tests: no {@code System.exit}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try (Admin admin = Admin.create(options.adminConfig())) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, options.timeout());
            List<TopicSpec> specs = TopicCatalog.specs(options.settings().partitions());
            TopicReport report = options.check()
                    ? provisioner.check(specs)
                    : provisioner.provision(specs, options.settings().replicas());
            report.created().forEach(topic -> out.println("created  " + topic));
            report.verified().forEach(topic -> out.println("verified " + topic));
            if (!report.ok()) {
                err.println(report.describe());
                err.println("Existing topics are never altered: fix them by hand or create them under a new name.");
                return 1;
            }
            out.println(report.describe());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("Could not provision the topics at " + options.bootstrapServers() + ": " + e.getMessage());
            return 2;
        }
    }

    /** The parsed command line. */
    record Options(
            String bootstrapServers, TopicSettings settings, boolean check, Path commandConfig, Duration timeout) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            boolean check = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--check" -> check = true;
                    case "--bootstrap-servers",
                            "--partitions",
                            "--replication-factor",
                            "--command-config",
                            "--timeout" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        values.put(arg, args[++i]);
                    }
                    default -> throw new IllegalArgumentException("Unknown argument: " + arg);
                }
            }
            String bootstrap = values.get("--bootstrap-servers");
            if (bootstrap == null || bootstrap.isBlank()) {
                throw new IllegalArgumentException("--bootstrap-servers is required");
            }
            int partitions = positive(values, "--partitions", 3);
            int replication = positive(values, "--replication-factor", 1);
            if (replication > Short.MAX_VALUE) {
                throw new IllegalArgumentException("--replication-factor is too large: " + replication);
            }
            Path config = values.containsKey("--command-config") ? Path.of(values.get("--command-config")) : null;
            return new Options(
                    bootstrap,
                    new TopicSettings(partitions, replication),
                    check,
                    config,
                    Duration.ofSeconds(positive(values, "--timeout", 60)));
        }

        private static int positive(Map<String, String> values, String name, int fallback) {
            String value = values.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed < 1) {
                    throw new IllegalArgumentException(name + " must be at least 1: " + value);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number: " + value);
            }
        }

        Properties adminConfig() throws IOException {
            Properties config = new Properties();
            if (commandConfig != null) {
                try (InputStream in = Files.newInputStream(commandConfig)) {
                    config.load(in);
                }
            }
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "shortlist-topics");
            long millis = timeout.toMillis();
            config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(millis));
            config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(millis, 30_000)));
            return config;
        }
    }
}
