package dev.shortlist.streams.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import dev.shortlist.streams.parsing.ParsingTopology;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.context.SmartLifecycle;

/**
 * The parse stage in a Kafka Streams client of its own (application id {@code <id>-parsing}), beside
 * the one that scores and tracks progress. Parsing and embedding an upload costs far more than scoring
 * a parsed one: in one client the two stages share each thread's consumer, which hands out a
 * partition's fetched records in order, so a large batch's small upload records (dozens per fetch)
 * crowded out its parsed profiles (one or two per fetch) and scoring waited until parsing ran dry.
 * With a consumer each, scoring follows parsing within a commit interval. Exactly-once holds per
 * client: the parse stage reads uploads and writes parse events in one transaction, as before.
 */
final class ParsingStreamsClient implements SmartLifecycle {

    static final String APPLICATION_ID_SUFFIX = "-parsing";

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private volatile boolean running;

    ParsingStreamsClient(
            Properties baseConfig,
            TopicCatalog topics,
            FileBlobStoreAdapter blobs,
            ResumeParsingAdapter parser,
            Clock clock,
            StreamsProperties properties,
            MeterRegistry registry) {
        Properties config = new Properties();
        config.putAll(baseConfig);
        config.put(
                StreamsConfig.APPLICATION_ID_CONFIG,
                config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + APPLICATION_ID_SUFFIX);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, properties.parsingThreads());
        config.putAll(StreamsDefaults.enforced());
        StreamsBuilder builder = new StreamsBuilder();
        ParsingTopology.build(builder, topics, blobs, parser, clock);
        this.streams = new KafkaStreams(builder.build(config), config);
        this.streams.setUncaughtExceptionHandler(new BudgetedUncaughtExceptionHandler(
                new FailureBudget(properties.threadReplacements(), properties.failureWindow(), clock)));
        this.metrics = new KafkaStreamsMetrics(streams);
        this.metrics.bindTo(registry);
    }

    KafkaStreams streams() {
        return streams;
    }

    @Override
    public void start() {
        streams.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        streams.close(Duration.ofSeconds(30));
        metrics.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
