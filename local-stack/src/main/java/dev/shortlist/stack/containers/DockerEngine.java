package dev.shortlist.stack.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether a Docker engine answers, as Testcontainers sees it. */
public final class DockerEngine {

    /** The sockets Testcontainers' own strategies look for (Linux, Docker Desktop, Colima, Rancher, Podman). */
    private static final List<String> SOCKETS = List.of(
            "/var/run/docker.sock",
            "~/.docker/run/docker.sock",
            "~/.docker/desktop/docker.sock",
            "~/.colima/default/docker.sock",
            "~/.rd/docker.sock",
            "$XDG_RUNTIME_DIR/docker.sock",
            "$XDG_RUNTIME_DIR/podman/podman.sock");

    private static volatile Boolean available;

    private DockerEngine() {}

    /**
     * Asks Testcontainers once per JVM. Never throws: a missing engine, a missing Testcontainers jar
     * (the shortlist command's class path has none) or any client error all mean "no".
     */
    public static boolean available() {
        Boolean known = available;
        if (known == null) {
            synchronized (DockerEngine.class) {
                known = available;
                if (known == null) {
                    known = ask();
                    available = known;
                }
            }
        }
        return known;
    }

    private static boolean ask() {
        if (!anyHint()) {
            // Nothing Testcontainers could connect to: answer without its error log of every strategy tried.
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** Whether an environment variable, a Testcontainers configuration file or a known socket points at an engine. */
    static boolean anyHint() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        if (Files.exists(Path.of(home, ".testcontainers.properties"))) {
            return true;
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        for (String socket : SOCKETS) {
            if (socket.contains("$XDG_RUNTIME_DIR") && runtime == null) {
                continue;
            }
            String path = socket.replace("~", home).replace("$XDG_RUNTIME_DIR", runtime == null ? "" : runtime);
            if (Files.exists(Path.of(path))) {
                return true;
            }
        }
        return false;
    }
}
