package dev.shortlist.stack.containers;

import dev.shortlist.stack.BuildInfo;
import dev.shortlist.stack.StackSettings;

/**
 * The images of the testcontainers mode: Kafka and Elasticsearch at the versions the embedded stack
 * runs, and Confluent's own schema registry. Each can be overridden with
 * {@code shortlist.stack.containers.<kafka|registry|elasticsearch>.image}.
 */
public record ContainerImages(String kafka, String registry, String elasticsearch) {

    /** Confluent Platform 8 is the line built on Kafka 4. */
    static final String DEFAULT_REGISTRY = "confluentinc/cp-schema-registry:8.1.0";

    public static ContainerImages fromEnvironment() {
        return new ContainerImages(
                image("kafka", "apache/kafka:" + BuildInfo.kafkaVersion()),
                image("registry", DEFAULT_REGISTRY),
                image(
                        "elasticsearch",
                        "docker.elastic.co/elasticsearch/elasticsearch:" + BuildInfo.elasticsearchVersion()));
    }

    private static String image(String component, String defaultImage) {
        return StackSettings.setting("containers." + component + ".image").orElse(defaultImage);
    }
}
