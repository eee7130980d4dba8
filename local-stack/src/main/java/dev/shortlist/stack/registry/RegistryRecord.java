package dev.shortlist.stack.registry;

import java.util.List;

/**
 * One entry of the registry's durable log. The registry's state is what replaying these records in
 * order gives; each record has a key that identifies what it describes, so a compacted topic keeps
 * exactly the latest state of every subject version and configuration.
 */
public sealed interface RegistryRecord {

    /** A registered subject version; {@code deleted} marks a soft delete. */
    record SchemaVersion(
            String subject, int version, int id, String schema, List<SchemaReference> references, boolean deleted)
            implements RegistryRecord {
        public SchemaVersion {
            references = List.copyOf(references);
        }

        SchemaVersion softDeleted() {
            return new SchemaVersion(subject, version, id, schema, references, true);
        }
    }

    /** A subject version removed for good (written as a tombstone). */
    record SchemaVersionErased(String subject, int version) implements RegistryRecord {}

    /**
     * The compatibility level of one subject, or the global one when {@code subject} is null; a null
     * level removes a subject's own level.
     */
    record Config(String subject, CompatibilityLevel level) implements RegistryRecord {}
}
