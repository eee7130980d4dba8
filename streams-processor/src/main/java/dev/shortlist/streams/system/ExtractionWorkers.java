package dev.shortlist.streams.system;

import dev.shortlist.screening.parsing.isolation.ExtractionWorker;
import dev.shortlist.screening.parsing.isolation.WorkerCommand;
import java.io.File;
import java.util.List;

/**
 * How this application launches its extraction workers: from its own Spring Boot jar through the
 * jar's {@code PropertiesLauncher} (the worker's classes live in {@code BOOT-INF/}), or from the
 * plain class path the application was started with (tests, an IDE, {@code spring-boot:run}).
 */
final class ExtractionWorkers {

    static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /** A worker extracts one document at a time: two compiler threads are plenty. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:CICompilerCount=2");

    private ExtractionWorkers() {}

    static WorkerCommand command() {
        return command(System.getProperty("java.class.path"), isBootJar());
    }

    static WorkerCommand command(String classPath, boolean bootJar) {
        if (bootJar) {
            return new WorkerCommand(
                    WorkerCommand.currentJava(),
                    JVM_OPTIONS,
                    List.of("-cp", classPath, "-Dloader.main=" + ExtractionWorker.class.getName(), LAUNCHER));
        }
        return new WorkerCommand(
                WorkerCommand.currentJava(), JVM_OPTIONS, List.of("-cp", classPath, ExtractionWorker.class.getName()));
    }

    /** Started with {@code java -jar app.jar}: one jar on the class path, holding Boot's launcher. */
    private static boolean isBootJar() {
        String classPath = System.getProperty("java.class.path", "");
        return !classPath.contains(File.pathSeparator)
                && classPath.endsWith(".jar")
                && ClassLoader.getSystemClassLoader().getResource(LAUNCHER.replace('.', '/') + ".class") != null;
    }
}
