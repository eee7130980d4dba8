package dev.shortlist.schemas.serde;

/** The registry answered with an error, or could not be reached. */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
        this.errorCode = -1;
    }

    /** HTTP status, or -1 when no answer was received. */
    public int status() {
        return status;
    }

    /** Confluent error code, e.g. 40401 (subject not found), or -1. */
    public int errorCode() {
        return errorCode;
    }
}
