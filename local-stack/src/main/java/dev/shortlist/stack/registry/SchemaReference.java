package dev.shortlist.stack.registry;

/** A named reference from one schema to a registered version of another subject. */
public record SchemaReference(String name, String subject, int version) {}
