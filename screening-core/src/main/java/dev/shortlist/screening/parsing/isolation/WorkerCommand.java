package dev.shortlist.screening.parsing.isolation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to launch an extraction worker JVM: the java binary, JVM options of the caller's choosing and
 * the arguments that make the JVM run {@link ExtractionWorker#main} (a class path and the main
 * class, or a jar launcher). The pool adds the heap cap and the worker's own arguments, so this
 * module needs to know nothing about how the application is packaged.
 *
 * @param java       the java executable
 * @param jvmOptions options placed before {@code launch} (e.g. {@code -XX:+UseSerialGC})
 * @param launch     the class path and main class (or launcher) that start the worker
 */
public record WorkerCommand(String java, List<String> jvmOptions, List<String> launch) {

    public WorkerCommand {
        Objects.requireNonNull(java, "java");
        jvmOptions = List.copyOf(jvmOptions);
        launch = List.copyOf(launch);
        if (launch.isEmpty()) {
            throw new IllegalArgumentException("launch must name the worker's class path and main class");
        }
    }

    /** The java binary of this JVM. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the worker from a plain class path: {@code java -cp CLASSPATH ExtractionWorker}. */
    public static WorkerCommand classPath(String classPath) {
        return new WorkerCommand(currentJava(), List.of(), List.of("-cp", classPath, ExtractionWorker.class.getName()));
    }

    /** Runs the worker from this JVM's own class path (tests, command-line tools). */
    public static WorkerCommand currentClassPath() {
        return classPath(System.getProperty("java.class.path"));
    }
}
