package dev.shortlist.ingest.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * The one place this application derives Kafka client settings from, all from Spring's
 * {@code spring.kafka.*}: bootstrap servers and security are set once there and reach every client
 * built by hand here (replay consumers, the admin client of the health and topic checks), and the
 * serde settings ({@code spring.kafka.properties.schema.registry.url}, ...) reach the topic catalog.
 */
public final class KafkaClients {

    private static final Duration DEFAULT_ADMIN_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaProperties kafka;

    public KafkaClients(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    /** Serde settings under Confluent's keys ({@code spring.kafka.properties.*}). */
    public Map<String, Object> serdeConfig() {
        return Map.copyOf(kafka.getProperties());
    }

    /** A consumer's settings ({@code spring.kafka.consumer.*} over the common ones) with its own client id. */
    public Map<String, Object> consumerConfig(String clientId) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /** An admin client's settings ({@code spring.kafka.admin.*} over the common ones) with its own client id. */
    public Map<String, Object> adminConfig(String clientId) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /** How long one admin operation may take ({@code spring.kafka.admin.operation-timeout}). */
    public Duration adminTimeout() {
        Duration timeout = kafka.getAdmin().getOperationTimeout();
        return timeout == null ? DEFAULT_ADMIN_TIMEOUT : timeout;
    }
}
