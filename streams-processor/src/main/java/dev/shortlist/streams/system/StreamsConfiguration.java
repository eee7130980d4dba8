package dev.shortlist.streams.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.schemas.topic.TopicProvisioner;
import dev.shortlist.schemas.topic.TopicReport;
import dev.shortlist.schemas.topic.TopicSettings;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * The Kafka Streams client: Boot builds it from {@code spring.kafka.streams.*}; this adds what must
 * hold in every environment (exactly-once, the error handlers, the dead-letter topic), the topic
 * catalog with the registry settings of {@code spring.kafka.properties.*}, and the check that the
 * topics exist as the catalog declares them. Topics are created by the {@code topics} command (or
 * the local stack), never here: a Streams producer writing to a missing topic would have the broker
 * create it with its defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties({StreamsProperties.class, BlobProperties.class, TopicSettings.class})
class StreamsConfiguration {

    @Bean
    TopicCatalog topicCatalog(KafkaProperties kafka, TopicSettings topics) {
        return new TopicCatalog(kafka.getProperties(), topics.partitions());
    }

    /**
     * Fails startup, naming every missing or different topic, before a Streams client starts (they
     * start with the context's lifecycle, after every singleton such as this one exists); the
     * repartition topics take their partition count from the catalog, so it must match.
     */
    @Bean
    TopicReport verifiedTopics(KafkaProperties kafka, TopicCatalog topics) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "streams-processor-topic-check");
        Duration timeout = kafka.getAdmin().getOperationTimeout() == null
                ? Duration.ofSeconds(10)
                : kafka.getAdmin().getOperationTimeout();
        try (Admin admin = Admin.create(config)) {
            return new TopicProvisioner(admin, timeout).check(topics.specs()).requireOk();
        }
    }

    /** The parse stage's own Streams client, when this instance parses (see {@link ParsingStreamsClient}). */
    @Bean
    @DependsOn("verifiedTopics")
    @ConditionalOnExpression("'${shortlist.streams.stages:parsing}'.toLowerCase().contains('parsing')")
    ParsingStreamsClient parsingStreamsClient(
            @Qualifier(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
                    KafkaStreamsConfiguration streams,
            TopicCatalog topics,
            FileBlobStoreAdapter blobs,
            ResumeParsingAdapter parser,
            Clock clock,
            StreamsProperties properties,
            MeterRegistry registry) {
        return new ParsingStreamsClient(streams.asProperties(), topics, blobs, parser, clock, properties, registry);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer shortlistStreamsConfigurer(StreamsProperties properties, Clock clock) {
        return factoryBean -> {
            // Scoring and progress run in this client; parsing in its own. Nothing to run: stay stopped.
            factoryBean.setAutoStartup(
                    properties.stages().stream().anyMatch(stage -> stage != StreamsProperties.Stage.PARSING));
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
    FileBlobStoreAdapter blobStore(BlobProperties blobs) {
        return new FileBlobStoreAdapter(blobs.dir());
    }
}
