package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.ParserSettings;
import java.time.Duration;

/** A process that owns a pool of two workers, prints their pids and waits to be killed. */
public final class PoolHolder {

    private PoolHolder() {}

    public static void main(String[] args) throws Exception {
        IsolatedTextExtractor pool = new IsolatedTextExtractor(
                        ParserSettings.defaults(),
                        IsolationSettings.defaults(),
                        WorkerCommand.currentClassPath(),
                        Quarantine.NONE)
                .awaitReady(Duration.ofSeconds(90));
        System.out.println("workers "
                + pool.workerPids().stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        System.out.flush();
        // Holds the pool until killed.
        System.in.read();
        pool.close();
    }
}
