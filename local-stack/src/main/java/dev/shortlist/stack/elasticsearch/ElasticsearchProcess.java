package dev.shortlist.stack.elasticsearch;

import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Elasticsearch distribution the build unpacked into {@code target/stack} as a child
 * process: one node on 127.0.0.1, security off, heap fixed, configuration, data and logs under
 * {@code <home>/elasticsearch} (the distribution itself stays untouched apart from ownership).
 *
 * <p>Elasticsearch refuses to run as root, so when this JVM is root it runs the node as an
 * unprivileged account (created if missing) through {@code setpriv}, which execs in place and so
 * keeps the process tree simple to stop.
 */
public final class ElasticsearchProcess {

    private ElasticsearchProcess() {}

    public static ChildProcess start(StackSettings settings, boolean detached) {
        try {
            Path distribution = distribution(settings.distributionDir());
            ensureExecutable(distribution.resolve("bin"));
            Path home = settings.home().resolve("elasticsearch");
            Path config = home.resolve("config");
            Path tmp = home.resolve("tmp");
            for (Path dir : List.of(config, home.resolve("data"), home.resolve("logs"), tmp)) {
                Files.createDirectories(dir);
            }
            copyDefaults(distribution.resolve("config"), config);
            Files.writeString(config.resolve("elasticsearch.yml"), yaml(settings, home));

            List<String> command = new ArrayList<>();
            if (isRoot()) {
                String user = settings.elasticsearchUser();
                ensureUser(user);
                // The node writes its keystore next to its configuration and may touch the distribution.
                String group = output("id", "-g", user);
                run("chown", "-R", user + ":" + group, home.toString(), distribution.toString());
                command.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups", "--"));
            }
            command.add(distribution.resolve("bin/elasticsearch").toString());
            command.addAll(List.of("-p", home.resolve("elasticsearch.pid").toString()));
            Map<String, String> environment = Map.of(
                    "ES_JAVA_HOME", System.getProperty("java.home"),
                    "ES_PATH_CONF", config.toString(),
                    "ES_TMPDIR", tmp.toString(),
                    "ES_JAVA_OPTS",
                            "-Xms%1$s -Xmx%1$s %2$s"
                                    .formatted(settings.elasticsearchHeap(), settings.elasticsearchJavaOpts())
                                    .trim(),
                    "HOME", home.toString());
            return ChildProcess.start(
                    "elasticsearch", command, environment, home, home.resolve("logs/console.log"), detached);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Elasticsearch", e);
        }
    }

    static String yaml(StackSettings settings, Path home) {
        return """
        # Written by the Shortlist local stack on every start; edit StackSettings instead.
        cluster.name: shortlist-local
        node.name: local-1
        network.host: 127.0.0.1
        http.port: %d
        transport.port: %d
        discovery.type: single-node
        xpack.security.enabled: false
        path.data: %s
        path.logs: %s
        # A developer's disk is often fuller than the 85%% watermark: never turn indices read-only.
        cluster.routing.allocation.disk.threshold_enabled: false
        """.formatted(
                        settings.elasticsearchPort(),
                        settings.elasticsearchTransportPort(),
                        home.resolve("data"),
                        home.resolve("logs"));
    }

    private static Path distribution(Path stackDir) throws IOException {
        try (Stream<Path> entries = Files.list(stackDir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("elasticsearch-") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No Elasticsearch distribution in " + stackDir + ": build the local-stack module first"));
        }
    }

    /** Unpacking keeps the scripts' run bits in practice; restore them if a tool dropped them. */
    private static void ensureExecutable(Path bin) throws IOException {
        try (Stream<Path> scripts = Files.list(bin)) {
            for (Path script : scripts.filter(p -> !p.getFileName().toString().contains("."))
                    .toList()) {
                if (!Files.isExecutable(script)) {
                    Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(script));
                    perms.addAll(EnumSet.of(
                            PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(script, perms);
                }
            }
        }
    }

    /** Copies the distribution's default JVM and logging configuration once. */
    private static void copyDefaults(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureUser(String user) {
        if (runQuietly("id", "-u", user) != 0) {
            run("useradd", "-M", "-U", "-s", "/usr/sbin/nologin", user);
        }
    }

    private static void run(String... command) {
        int exit = runQuietly(command);
        if (exit != 0) {
            throw new IllegalStateException("Command failed with exit code " + exit + ": " + String.join(" ", command));
        }
    }

    private static String output(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Command failed: " + String.join(" ", command) + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + String.join(" ", command), e);
        }
    }

    private static int runQuietly(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
