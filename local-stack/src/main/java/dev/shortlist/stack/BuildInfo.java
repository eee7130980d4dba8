package dev.shortlist.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build recorded in {@code stack-location.properties}: versions and where it put the distributions. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    /** Shortlist's own version, which names the services' jars. */
    public static String projectVersion() {
        return get("project.version");
    }

    /** The Kafka version the embedded broker runs, and so the tag of the Kafka image. */
    public static String kafkaVersion() {
        return get("kafka.version");
    }

    /** The Elasticsearch version of the embedded distribution, and so the tag of its image. */
    public static String elasticsearchVersion() {
        return get("elasticsearch.version");
    }

    static String get(String key) {
        String value = PROPERTIES.getProperty(key, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(key + " missing from stack-location.properties: rebuild local-stack");
        }
        return value;
    }

    static Properties properties() {
        return PROPERTIES;
    }

    private static Properties load() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("stack-location.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
