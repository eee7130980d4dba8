package dev.shortlist.streams.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The Kafka Streams client: Boot builds it from {@code spring.kafka.streams.*}; this adds what must
 * hold in every environment (exactly-once, the error handlers, the dead-letter topic), the topic
 * catalog with the registry settings of {@code spring.kafka.properties.*}, and the topics themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties({StreamsProperties.class, BlobsProperties.class})
class StreamsConfiguration {

    @Bean
    TopicCatalog topicCatalog(KafkaProperties kafka, StreamsProperties properties) {
        return new TopicCatalog(kafka.getProperties(), properties.partitions());
    }

    /** Created at startup when missing (KafkaAdmin leaves existing topics as they are). */
    @Bean
    KafkaAdmin.NewTopics shortlistTopics(TopicCatalog topics, KafkaProperties kafka) {
        Integer replication = kafka.getStreams().getReplicationFactor();
        short replicationFactor = replication == null ? 1 : replication.shortValue();
        return new KafkaAdmin.NewTopics(topics.specs().stream()
                .map(spec -> spec.newTopic(replicationFactor))
                .toArray(NewTopic[]::new));
    }

    /** The parse stage's own Streams client, when this instance parses (see {@link ParsingStreamsClient}). */
    @Bean
    @ConditionalOnExpression("'${shortlist.streams.stages:parsing}'.toLowerCase().contains('parsing')")
    ParsingStreamsClient parsingStreamsClient(
            @Qualifier(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME) KafkaStreamsConfiguration streams,
            TopicCatalog topics, FileBlobStoreAdapter blobs, ResumeParsingAdapter parser, Clock clock,
            StreamsProperties properties, MeterRegistry registry) {
        return new ParsingStreamsClient(streams.asProperties(), topics, blobs, parser, clock, properties, registry);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer shortlistStreamsConfigurer(StreamsProperties properties, Clock clock) {
        return factoryBean -> {
            // Scoring and progress run in this client; parsing in its own. Nothing to run: stay stopped.
            factoryBean.setAutoStartup(properties.stages().stream().anyMatch(stage -> stage != StreamsProperties.Stage.PARSING));
            Properties config = new Properties();
            config.putAll(factoryBean.getStreamsConfiguration());
            config.putAll(StreamsDefaults.enforced());
            factoryBean.setStreamsConfiguration(config);
            factoryBean.setStreamsUncaughtExceptionHandler(new BudgetedUncaughtExceptionHandler(
                    new FailureBudget(properties.threadReplacements(), properties.failureWindow(), clock)));
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FileBlobStoreAdapter blobStore(BlobsProperties blobs) {
        return new FileBlobStoreAdapter(blobs.dir());
    }
}
