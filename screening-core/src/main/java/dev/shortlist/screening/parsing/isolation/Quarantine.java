package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.Extraction;
import java.util.Optional;

/**
 * Remembers the documents that must not be extracted again: those whose extraction killed a worker,
 * and those that were being extracted each time the whole process died. Keyed by the SHA-256 of the
 * bytes, so the same document uploaded again (or re-read after a crash) fails at once with its reason.
 * Thread-safe.
 */
public interface Quarantine extends AutoCloseable {

    /** Remembers nothing: every document is extracted. */
    Quarantine NONE = new Quarantine() {
        @Override
        public Optional<Extraction.Failure> admit(String sha256) {
            return Optional.empty();
        }

        @Override
        public void killedWorker(String sha256, Extraction.Failure failure) {}

        @Override
        public void finished(String sha256) {}
    };

    /**
     * Called before a document goes to a worker: the failure to answer if it is quarantined, else
     * empty, and the document is recorded as in flight until {@link #finished}.
     */
    Optional<Extraction.Failure> admit(String sha256);

    /** The document's extraction killed (or got killed) its worker: it fails with {@code failure} from now on. */
    void killedWorker(String sha256, Extraction.Failure failure);

    /** The document admitted last under this hash is no longer in flight. */
    void finished(String sha256);

    @Override
    default void close() {}
}
