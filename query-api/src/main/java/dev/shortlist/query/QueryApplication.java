package dev.shortlist.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Shortlist's read side: projects the Kafka events into Elasticsearch and answers queries over
 * them (rankings, explanations, profiles, history, search, analytics, live batch progress).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryApplication {

    public static void main(String[] args) {
        // Avro reads generated classes only from trusted packages; read once, before any Avro class loads.
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "dev.shortlist");
        }
        SpringApplication.run(QueryApplication.class, args);
    }
}
