package dev.shortlist.screening.parsing.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner of a pool killed with SIGKILL while a document is in a worker, twice, as a crashing
 * streams processor would be: the third owner refuses the document at once, from the file.
 */
class CrashQuarantineTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentInFlightAtTwoCrashesIsRefusedAtOnceByTheNextOwner() throws Exception {
        Path file = dir.resolve("parse-quarantine.log");
        for (int crash = 1; crash <= 2; crash++) {
            Process owner = start(file);
            try {
                readUntil(lines(owner), "workers ");
                int admitted = crash;
                // The document is recorded as in flight, then the owner dies mid-extraction.
                await().atMost(Duration.ofSeconds(60)).until(() -> inFlightLines(file) >= admitted);
                owner.destroyForcibly().waitFor();
            } finally {
                owner.destroyForcibly();
            }
        }

        Process third = start(file);
        try {
            BufferedReader out = lines(third);
            readUntil(out, "workers ");
            long start = System.nanoTime();
            String outcome = readUntil(out, "outcome ");

            assertThat(outcome)
                    .contains("RESOURCE_LIMIT")
                    .contains("stopped 2 times")
                    .contains("quarantined");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        } finally {
            third.destroyForcibly();
        }
    }

    private static Process start(Path file) throws IOException {
        return new ProcessBuilder(
                        WorkerCommand.currentJava(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PoolHolder.class.getName(),
                        file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Lines recording an admitted document ({@code S sha}), counting those kept by compaction on reopen. */
    private static long inFlightLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith("S ") || line.startsWith("C "))
                    .count();
        }
    }

    private static BufferedReader lines(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static String readUntil(BufferedReader out, String prefix) throws IOException {
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith(prefix));
        assertThat(line).as("a line starting with '%s'", prefix).isNotNull();
        return line;
    }
}
