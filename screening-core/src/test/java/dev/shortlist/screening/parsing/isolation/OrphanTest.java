package dev.shortlist.screening.parsing.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pool whose owner is killed with SIGKILL leaves no worker behind. */
class OrphanTest {

    @Test
    void workersExitWhenTheirOwnerIsKilled() throws Exception {
        Process owner = new ProcessBuilder(
                        WorkerCommand.currentJava(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PoolHolder.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> workers;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("workers "));
            assertThat(line).as("the owner reports its workers").isNotNull();
            workers = Arrays.stream(line.substring("workers ".length()).split(" "))
                    .map(Long::parseLong)
                    .toList();
            assertThat(workers).hasSize(2);
            // Control: the workers run while their owner does.
            assertThat(workers).allSatisfy(pid -> assertThat(alive(pid)).isTrue());

            owner.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(30)).until(() -> workers.stream().noneMatch(OrphanTest::alive));
        } finally {
            owner.destroyForcibly();
        }
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.map(ProcessHandle::isAlive).orElse(false);
    }
}
