package dev.shortlist.stack;

/** Where the stack's services answer; what tests and applications are configured with. */
public record StackEndpoints(String bootstrapServers, String schemaRegistryUrl, String elasticsearchUrl) {}
