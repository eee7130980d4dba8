package dev.shortlist.stack.kafka;

import dev.shortlist.stack.process.Probes;
import dev.shortlist.stack.registry.KafkaBackedRegistry;
import dev.shortlist.stack.registry.KafkaSchemaLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Main class of the stack's child JVM: the Kafka broker, the schema registry, or both.
 *
 * <p>The registry shares the broker's JVM when both are started together: it needs only Avro,
 * Jackson and kafka-clients, which are on that classpath already, and a second JVM would cost
 * about 100 MB more. It opens its port once the broker answers and the {@code _schemas} topic has
 * been read. Arguments: {@code --kafka-home DIR --kafka-port N --controller-port N} for the broker,
 * {@code --registry-port N [--bootstrap-servers HOST:PORT]} for the registry.
 */
public final class KafkaNode {

    private KafkaNode() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String bootstrap = options.get("--bootstrap-servers");
        if (options.containsKey("--kafka-home")) {
            int port = Integer.parseInt(options.get("--kafka-port"));
            int controllerPort = Integer.parseInt(options.get("--controller-port"));
            Path propsFile = KafkaBroker.prepare(Path.of(options.get("--kafka-home")), port, controllerPort);
            KafkaBroker.start(propsFile);
            bootstrap = "127.0.0.1:" + port;
            Probes.await("Kafka broker", Duration.ofMinutes(3), () -> Probes.isListening(port), null);
        }
        if (options.containsKey("--registry-port")) {
            if (bootstrap == null) {
                throw new IllegalArgumentException("The registry needs --bootstrap-servers or a broker to run with");
            }
            KafkaBackedRegistry registry;
            try {
                registry = KafkaBackedRegistry.start(
                        bootstrap, KafkaSchemaLog.DEFAULT_TOPIC, Integer.parseInt(options.get("--registry-port")));
            } catch (Exception e) {
                // Exit, broker included, so that whoever waits for the registry sees the failure at once.
                e.printStackTrace();
                System.exit(1);
                return;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "schema-registry-shutdown"));
            System.out.printf(
                    "Schema registry listening on %s (%d records replayed from %s)%n",
                    registry.url(), registry.replayedRecords(), KafkaSchemaLog.DEFAULT_TOPIC);
            if (!options.containsKey("--kafka-home")) {
                // Registry alone: the HTTP server threads are daemons, so keep the JVM alive here.
                Thread.currentThread().join();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
