package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.ParserSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that owns a pool of workers, prints their pids and waits to be killed. With a quarantine
 * file as argument it also extracts a slow document and prints the outcome.
 */
public final class PoolHolder {

    private PoolHolder() {}

    public static void main(String[] args) throws Exception {
        Quarantine quarantine = args.length > 0 ? FileQuarantine.open(Path.of(args[0])) : Quarantine.NONE;
        IsolatedTextExtractor pool = new IsolatedTextExtractor(
                        ParserSettings.defaults(),
                        IsolationSettings.defaults().withTimeout(Duration.ofSeconds(60)),
                        WorkerCommand.currentClassPath(),
                        quarantine)
                .awaitReady(Duration.ofSeconds(90));
        System.out.println("workers "
                + pool.workerPids().stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        System.out.flush();
        if (args.length > 0) {
            Extraction outcome = pool.extract(HostileDocuments.drawingOperatorBomb(30_000_000));
            System.out.println(
                    "outcome " + (outcome instanceof Extraction.Failure f ? f.reason() + " " + f.detail() : "text"));
            System.out.flush();
        }
        // Holds the pool until killed.
        System.in.read();
        pool.close();
    }
}
