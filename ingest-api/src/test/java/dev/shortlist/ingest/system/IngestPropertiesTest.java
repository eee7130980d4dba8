package dev.shortlist.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.topic.TopicSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The settings records bind with their defaults, and a value out of range stops startup naming its key. */
class IngestPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({IngestProperties.class, BlobProperties.class, TopicSettings.class})
    static class Settings {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void defaultsMakeTheLocalRunWork() {
        runner.run(context -> {
            IngestProperties ingest = context.getBean(IngestProperties.class);
            assertThat(ingest.idempotencyWindow()).isEqualTo(Duration.ofHours(24));
            assertThat(ingest.idempotencyMaxEntries()).isEqualTo(100_000);
            assertThat(ingest.stateReplay().retryDelay()).isEqualTo(Duration.ofSeconds(1));
            assertThat(ingest.queryBaseUrl()).hasToString("http://127.0.0.1:8083");
            assertThat(context.getBean(TopicSettings.class)).isEqualTo(TopicSettings.local());
            assertThat(context.getBean(BlobProperties.class).dir()).hasToString(".local-stack/blobs");
        });
    }

    @Test
    void anIngestValueOutOfRangeStopsStartup() {
        runner.withPropertyValues("shortlist.ingest.max-batch-files=0")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("maxBatchFiles"));
    }

    @Test
    void aTopicPartitionCountOfZeroStopsStartup() {
        runner.withPropertyValues("shortlist.topics.partitions=0")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("partitions"));
    }
}
