package dev.shortlist.query.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring: the topic catalog built from Spring's serde settings, and the projector's error
 * handler. A batch that fails (Elasticsearch down, a bulk refused as a whole) is retried with
 * exponential back-off for as long as it takes, without committing its offsets; poison records
 * never reach it (they are dead-lettered by the projector itself).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    TopicCatalog topicCatalog(KafkaProperties kafka, QueryProperties properties) {
        return new TopicCatalog(kafka.getProperties(), properties.partitions());
    }

    @Bean
    CommonErrorHandler projectorErrorHandler(QueryProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            throw new IllegalStateException("Retries never give up; unreachable for " + record, e);
        }, projectorBackOff(properties.retry()));
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception e, int attempt) {
                log.warn("Projection of {}-{}@{} failed (attempt {}): {}", record.topic(), record.partition(),
                        record.offset(), attempt, e.getMessage());
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception e, int attempt) {
                log.warn("Projection batch of {} records failed (attempt {}), retrying: {}", records.count(), attempt,
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

    @Bean
    @ConditionalOnProperty(name = "shortlist.query.create-topics", havingValue = "true", matchIfMissing = true)
    KafkaAdmin.NewTopics shortlistTopics(TopicCatalog catalog, QueryProperties properties) {
        return new KafkaAdmin.NewTopics(catalog.specs().stream()
                .map(spec -> spec.newTopic(properties.replicationFactor()))
                .toArray(NewTopic[]::new));
    }
}
