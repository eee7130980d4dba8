package dev.shortlist.stack.registry;

/** Where the registry makes its changes durable before it applies them. */
public interface SchemaLog {

    /** Persists a record; returns only once it is durable. */
    void append(RegistryRecord record);

    /** A log that keeps nothing: state lives as long as the registry object. */
    static SchemaLog inMemory() {
        return record -> {};
    }
}
