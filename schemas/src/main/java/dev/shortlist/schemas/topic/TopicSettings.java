package dev.shortlist.schemas.topic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the catalog's topics are laid out ({@code shortlist.topics.*}), one key set for every
 * application and the {@code topics} command; the defaults fit the single-node local stack.
 * Declared here, beside the catalog, so that no application has a copy of its own (the Spring
 * annotations are optional dependencies: plain Java callers construct it directly).
 *
 * @param partitions        partitions of every topic; the streams processor's repartition topics follow
 *                          it, so it must match the topics that exist (the applications check it)
 * @param replicationFactor replication factor of topics the {@code topics} command creates (3 in production)
 */
@Validated
@ConfigurationProperties("shortlist.topics")
public record TopicSettings(
        @DefaultValue("3") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) @Max(Short.MAX_VALUE) int replicationFactor) {

    /** The settings of the local stack: 3 partitions, one replica. */
    public static TopicSettings local() {
        return new TopicSettings(3, 1);
    }

    public short replicas() {
        return (short) replicationFactor;
    }
}
