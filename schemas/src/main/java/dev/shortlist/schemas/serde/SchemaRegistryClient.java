package dev.shortlist.schemas.serde;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry REST API that the Avro serde needs. Implementations
 * cache: a schema id never changes meaning, so lookups by id are remembered forever.
 */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (or finds it registered) and returns its global id. */
    int register(String subject, Schema schema);

    /** Returns the id of a schema already registered under the subject; fails when it is not. */
    int lookup(String subject, Schema schema);

    /** Returns the schema with the global id. */
    Schema schemaById(int id);

    /** Returns the latest version registered under the subject. */
    RegisteredSchema latest(String subject);

    /** A schema as registered under a subject. */
    record RegisteredSchema(String subject, int version, int id, Schema schema) {}
}
