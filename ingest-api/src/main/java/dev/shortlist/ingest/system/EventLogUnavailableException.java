package dev.shortlist.ingest.system;

/** The event log could not be written (or read, while the indexes are still being rebuilt): 503. */
public class EventLogUnavailableException extends RuntimeException {

    public EventLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
