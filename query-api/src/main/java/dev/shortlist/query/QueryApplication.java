package dev.shortlist.query;

import dev.shortlist.query.projection.RebuildCommand;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shortlist's read side: projects the Kafka events into Elasticsearch and answers queries over
 * them (rankings, explanations, profiles, history, search, analytics, live batch progress). Started
 * with the argument {@code rebuild}, it instead rebuilds every projection behind its alias and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryApplication {

    public static void main(String[] args) {
        // Avro reads generated classes only from trusted packages; read once, before any Avro class loads.
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "dev.shortlist");
        }
        if (List.of(args).contains(RebuildCommand.ARGUMENT)) {
            int exit;
            try {
                exit = rebuild(args);
            } catch (RuntimeException e) {
                // Spring Boot has logged why; a script sees the failure in the exit code.
                exit = 1;
            }
            System.exit(exit);
        }
        SpringApplication.run(QueryApplication.class, args);
    }

    /** Runs the rebuild command (no web server, no live projector) and returns its exit code. */
    public static int rebuild(String... args) {
        SpringApplication application = new SpringApplication(QueryApplication.class);
        application.setDefaultProperties(RebuildCommand.SETTINGS);
        ConfigurableApplicationContext context = application.run(args);
        return SpringApplication.exit(context);
    }
}
