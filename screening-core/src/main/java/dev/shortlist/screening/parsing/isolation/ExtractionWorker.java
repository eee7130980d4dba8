package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.TikaTextExtractor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * The main class of an extraction worker process: reads documents from stdin, extracts their text
 * with {@link TikaTextExtractor} and writes each {@link Extraction} to stdout ({@link WorkerProtocol}).
 * Exits when stdin closes or its parent process ends, so a killed pool leaves no orphans.
 *
 * <p>Arguments: {@code MAX_BYTES MAX_CHARS TIMEOUT_MILLIS SORT_BY_POSITION}.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {}

    public static void main(String[] args) throws IOException {
        // The protocol owns the real stdout; anything else printing to System.out (a logging
        // framework's console appender included) goes to stderr instead.
        DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        ParserSettings defaults = ParserSettings.defaults();
        ParserSettings settings = new ParserSettings(
                Long.parseLong(args[0]),
                Integer.parseInt(args[1]),
                Duration.ofMillis(Long.parseLong(args[2])),
                1,
                1,
                defaults.phoneRegion(),
                Boolean.parseBoolean(args[3]));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        try (TikaTextExtractor extractor = new TikaTextExtractor(settings)) {
            out.writeInt(WorkerProtocol.READY);
            out.flush();
            byte[] document;
            while ((document = WorkerProtocol.readDocument(in)) != null) {
                WorkerProtocol.writeExtraction(out, extractor.extract(document));
            }
        }
        System.exit(0);
    }
}
