package dev.shortlist.screening.parsing.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.FailureReason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarantine survives the death of the process: a crash is simulated by dropping the open
 * quarantine without {@code finished} or {@code close}, exactly what {@code kill -9} leaves on disk.
 */
class FileQuarantineTest {

    private static final String BOMB = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);

    @TempDir
    Path dir;

    @Test
    void aDocumentThatKilledAWorkerIsRefusedAfterARestart() {
        Path file = dir.resolve("quarantine.log");
        FileQuarantine first = FileQuarantine.open(file);
        assertThat(first.admit(BOMB)).isEmpty();
        first.killedWorker(BOMB, new Extraction.Failure(FailureReason.RESOURCE_LIMIT, "heap of 256m exhausted"));
        first.finished(BOMB);
        assertThat(first.admit(BOMB))
                .hasValueSatisfying(f -> assertThat(f.detail()).contains("quarantined"));
        // crash: no close

        try (FileQuarantine restarted = FileQuarantine.open(file)) {
            assertThat(restarted.admit(BOMB)).hasValueSatisfying(f -> {
                assertThat(f.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                assertThat(f.detail()).contains("heap of 256m exhausted");
            });
            assertThat(restarted.admit(OTHER)).isEmpty();
        }
    }

    @Test
    void aDocumentInFlightAtOneCrashIsRetriedAndAtTwoCrashesIsQuarantined() {
        Path file = dir.resolve("quarantine.log");
        FileQuarantine first = FileQuarantine.open(file);
        assertThat(first.admit(BOMB)).isEmpty();
        assertThat(first.admit(OTHER)).isEmpty();
        first.finished(OTHER);
        // crash with BOMB in flight

        FileQuarantine second = FileQuarantine.open(file);
        assertThat(second.admit(OTHER)).isEmpty();
        second.finished(OTHER);
        assertThat(second.admit(BOMB)).as("retried once").isEmpty();
        // crash again with BOMB in flight

        try (FileQuarantine third = FileQuarantine.open(file)) {
            assertThat(third.admit(BOMB)).hasValueSatisfying(f -> {
                assertThat(f.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                assertThat(f.detail()).contains("stopped 2 times");
            });
            assertThat(third.admit(OTHER)).as("finished every time").isEmpty();
        }
    }

    @Test
    void aDocumentExtractedToTheEndAfterACrashStartsAfresh() {
        Path file = dir.resolve("quarantine.log");
        FileQuarantine first = FileQuarantine.open(file);
        first.admit(OTHER);
        // crash with OTHER in flight, through no fault of its own

        FileQuarantine second = FileQuarantine.open(file);
        assertThat(second.admit(OTHER)).isEmpty();
        second.finished(OTHER);
        second.admit(OTHER);
        // another crash: the first one no longer counts

        try (FileQuarantine third = FileQuarantine.open(file)) {
            assertThat(third.admit(OTHER)).isEmpty();
        }
    }

    @Test
    void theFileIsCompactedKeepingWhatMatters() throws Exception {
        Path file = dir.resolve("quarantine.log");
        try (FileQuarantine quarantine = FileQuarantine.open(file, 2, 50)) {
            quarantine.admit(BOMB);
            quarantine.killedWorker(BOMB, new Extraction.Failure(FailureReason.TIMEOUT, "took too long"));
            quarantine.finished(BOMB);
            for (int i = 0; i < 200; i++) {
                String sha = String.format("%064d", i);
                quarantine.admit(sha);
                quarantine.finished(sha);
            }
            quarantine.admit(OTHER);
            assertThat(Files.readAllLines(file)).hasSizeLessThan(60);
        }
        try (FileQuarantine reopened = FileQuarantine.open(file)) {
            assertThat(reopened.admit(BOMB))
                    .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo(FailureReason.TIMEOUT));
            assertThat(reopened.quarantinedHashes()).containsExactly(BOMB);
        }
    }
}
