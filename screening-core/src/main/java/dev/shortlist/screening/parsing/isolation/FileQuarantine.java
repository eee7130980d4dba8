package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.FailureReason;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Quarantine} in an append-only file, so it survives a crash of the process and is never
 * rolled back with a Kafka transaction. Lines: {@code S sha} (admitted), {@code F sha} (finished),
 * {@code Q sha REASON detail} (killed a worker), {@code C sha n} (in flight at n earlier crashes).
 * On open, a document admitted but never finished was in flight when the process died: it is
 * extracted once more, and quarantined when that happens {@code maxCrashes} times. The file is
 * rewritten compactly on open and whenever it grows past {@code compactAfter} lines. Writes go to
 * the operating system without fsync: they must survive the death of this process, not of the host.
 */
public final class FileQuarantine implements Quarantine {

    private static final int DEFAULT_MAX_CRASHES = 2;
    private static final int COMPACT_AFTER = 100_000;

    private final Path file;
    private final int maxCrashes;
    private final int compactAfter;
    private final Map<String, Extraction.Failure> quarantined = new LinkedHashMap<>();
    private final Map<String, Integer> crashes = new HashMap<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private BufferedWriter writer;
    private int lines;

    private FileQuarantine(Path file, int maxCrashes, int compactAfter) {
        this.file = file;
        this.maxCrashes = maxCrashes;
        this.compactAfter = compactAfter;
    }

    /** Opens (or creates) the quarantine in {@code file}; two crashes with a document in flight quarantine it. */
    public static FileQuarantine open(Path file) {
        return open(file, DEFAULT_MAX_CRASHES, COMPACT_AFTER);
    }

    static FileQuarantine open(Path file, int maxCrashes, int compactAfter) {
        FileQuarantine quarantine = new FileQuarantine(file, maxCrashes, compactAfter);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            quarantine.load();
            quarantine.compact();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the parse quarantine " + file, e);
        }
        return quarantine;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Integer> open = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ", 4);
            if (parts.length < 2) {
                continue; // a line cut short by the crash
            }
            String sha = parts[1];
            try {
                apply(parts, sha, open);
            } catch (RuntimeException e) {
                // a line cut short by the crash
            }
        }
        for (String sha : open.keySet()) {

            if (quarantined.containsKey(sha)) {
                continue;
            }
            int count = crashes.merge(sha, 1, Integer::sum);
            if (count >= maxCrashes) {
                crashes.remove(sha);
                quarantined.put(
                        sha,
                        new Extraction.Failure(
                                FailureReason.RESOURCE_LIMIT,
                                "the process stopped " + count + " times while extracting this document"));
            }
        }
    }

    private void apply(String[] parts, String sha, Map<String, Integer> open) {
        switch (parts[0]) {
            case "S" -> open.merge(sha, 1, Integer::sum);
            case "F" -> open.computeIfPresent(sha, (k, n) -> n > 1 ? n - 1 : null);
            case "C" -> {
                int count = parts.length >= 3 ? Integer.parseInt(parts[2].trim()) : 0;
                if (count > 0) {
                    crashes.put(sha, count);
                } else {
                    crashes.remove(sha);
                }
            }
            case "Q" -> {
                if (parts.length >= 3) {
                    quarantined.put(
                            sha,
                            new Extraction.Failure(
                                    reason(parts[2]), parts.length == 4 ? parts[3] : "the document killed a worker"));
                }
            }
            default -> {}
        }
    }

    private static FailureReason reason(String name) {
        try {
            return FailureReason.valueOf(name);
        } catch (IllegalArgumentException e) {
            return FailureReason.RESOURCE_LIMIT;
        }
    }

    /** Rewrites the file with what must be remembered, documents in flight included. */
    private void compact() throws IOException {
        if (writer != null) {
            writer.close();
        }
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (BufferedWriter out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            lines = 0;
            for (Map.Entry<String, Extraction.Failure> entry : quarantined.entrySet()) {
                out.write(quarantineLine(entry.getKey(), entry.getValue()));
                lines++;
            }
            for (Map.Entry<String, Integer> entry : crashes.entrySet()) {
                out.write("C " + entry.getKey() + " " + entry.getValue() + "\n");
                lines++;
            }
            for (Map.Entry<String, Integer> entry : inFlight.entrySet()) {
                for (int i = 0; i < entry.getValue(); i++) {
                    out.write("S " + entry.getKey() + "\n");
                    lines++;
                }
            }
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String quarantineLine(String sha, Extraction.Failure failure) {
        return "Q " + sha + " " + failure.reason().name() + " "
                + failure.detail().replace('\n', ' ').replace('\r', ' ') + "\n";
    }

    private void append(String line) {
        try {
            writer.write(line);
            // Flushed line by line: the next moment may be a kill -9.
            writer.flush();
            if (++lines > compactAfter) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parse quarantine " + file, e);
        }
    }

    @Override
    public synchronized Optional<Extraction.Failure> admit(String sha256) {
        Extraction.Failure failure = quarantined.get(sha256);
        if (failure != null) {
            return Optional.of(quarantinedAgain(failure));
        }
        inFlight.merge(sha256, 1, Integer::sum);
        append("S " + sha256 + "\n");
        return Optional.empty();
    }

    private static Extraction.Failure quarantinedAgain(Extraction.Failure failure) {
        return new Extraction.Failure(failure.reason(), failure.detail() + " (quarantined: not extracted again)");
    }

    @Override
    public synchronized void killedWorker(String sha256, Extraction.Failure failure) {
        if (quarantined.putIfAbsent(sha256, failure) == null) {
            crashes.remove(sha256);
            append(quarantineLine(sha256, failure));
        }
    }

    @Override
    public synchronized void finished(String sha256) {
        inFlight.computeIfPresent(sha256, (k, n) -> n > 1 ? n - 1 : null);
        append("F " + sha256 + "\n");
        // Extracted to the end this time: the crashes it was present at were not its doing.
        if (crashes.remove(sha256) != null) {
            append("C " + sha256 + " 0\n");
        }
    }

    /** The hashes quarantined so far, for tests and operators. */
    synchronized List<String> quarantinedHashes() {
        return List.copyOf(quarantined.keySet());
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
