package dev.shortlist.query.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.schemas.topic.TopicProvisioner;
import dev.shortlist.schemas.topic.TopicReport;
import dev.shortlist.schemas.topic.TopicSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring: the topic catalog built from Spring's serde settings, the check that its topics
 * exist as declared, and the projector's error handler. A batch that fails (Elasticsearch down, a
 * bulk refused as a whole) is retried with exponential back-off for as long as it takes, without committing its offsets; poison records
 * never reach it (they are dead-lettered by the projector itself).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicSettings.class)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    TopicCatalog topicCatalog(KafkaProperties kafka, TopicSettings topics) {
        return new TopicCatalog(kafka.getProperties(), topics.partitions());
    }

    /**
     * Fails startup, naming every missing or different topic, before the projector subscribes or a
     * dead letter is written; topics are created by the {@code topics} command or the local stack.
     */
    @Bean
    TopicReport verifiedTopics(KafkaProperties kafka, TopicCatalog catalog) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "query-api-topic-check");
        Duration timeout = kafka.getAdmin().getOperationTimeout() == null
                ? Duration.ofSeconds(10)
                : kafka.getAdmin().getOperationTimeout();
        try (Admin admin = Admin.create(config)) {
            return new TopicProvisioner(admin, timeout).check(catalog.specs()).requireOk();
        }
    }

    @Bean
    CommonErrorHandler projectorErrorHandler(QueryProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, e) -> {
                    throw new IllegalStateException("Retries never give up; unreachable for " + record, e);
                },
                projectorBackOff(properties.retry()));
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception e, int attempt) {
                log.warn(
                        "Projection of {}-{}@{} failed (attempt {}): {}",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        attempt,
                        e.getMessage());
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception e, int attempt) {
                log.warn(
                        "Projection batch of {} records failed (attempt {}), retrying: {}",
                        records.count(),
                        attempt,
                        e.getMessage());
            }
        });
        return handler;
    }

    /**
     * Doubling pauses up to {@code retry.max}, without end: the container keeps the consumer in its
     * group while it waits (it pauses and polls), which a retry inside the listener could not.
     */
    static ExponentialBackOff projectorBackOff(QueryProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initial().toMillis(), 2.0);
        backOff.setMaxInterval(retry.max().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }
}
