package dev.shortlist.streams.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.topic.TopicSettings;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The settings records bind with their defaults, and a value out of range stops startup naming its key. */
class StreamsSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        StreamsProperties.class,
        BlobProperties.class,
        TopicSettings.class,
        ScoringProperties.class,
        ParsingProperties.class
    })
    static class Settings {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void defaultsMakeTheLocalRunWork() {
        runner.run(context -> {
            StreamsProperties streams = context.getBean(StreamsProperties.class);
            assertThat(streams.stages()).isEqualTo(EnumSet.allOf(StreamsProperties.Stage.class));
            assertThat(streams.failureWindow()).isEqualTo(Duration.ofMinutes(10));
            assertThat(context.getBean(TopicSettings.class).partitions()).isEqualTo(3);
            assertThat(context.getBean(BlobProperties.class).dir()).hasToString(".local-stack/blobs");
        });
    }

    @Test
    void parsingIsIsolatedByDefaultWithTwoCappedWorkers() {
        runner.run(context -> {
            ParsingProperties parsing = context.getBean(ParsingProperties.class);
            assertThat(parsing.isolation().enabled()).isTrue();
            assertThat(parsing.isolationSettings().workers()).isEqualTo(2);
            assertThat(parsing.isolationSettings().heap()).isEqualTo("256m");
            assertThat(parsing.isolationSettings().timeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(parsing.parserSettings().maxChars()).isEqualTo(300_000);
            assertThat(parsing.isolation().quarantine()).isNull();
        });
    }

    @Test
    void aHeapThatIsNotAJvmSizeStopsStartup() {
        runner.withPropertyValues("shortlist.parsing.isolation.heap=lots")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("heap"));
    }

    @Test
    void theWorkersLaunchFromTheBootJarThroughItsPropertiesLauncher() {
        assertThat(ExtractionWorkers.command("/app/app.jar", true).launch())
                .containsExactly(
                        "-cp",
                        "/app/app.jar",
                        "-Dloader.main=dev.shortlist.screening.parsing.isolation.ExtractionWorker",
                        "org.springframework.boot.loader.launch.PropertiesLauncher");
        assertThat(ExtractionWorkers.command("a.jar:b.jar", false).launch())
                .containsExactly("-cp", "a.jar:b.jar", "dev.shortlist.screening.parsing.isolation.ExtractionWorker");
    }

    @Test
    void noParsingThreadsStopsStartup() {
        runner.withPropertyValues("shortlist.streams.parsing-threads=0")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("parsingThreads"));
    }

    @Test
    void aScoringCacheOfZeroStopsStartup() {
        runner.withPropertyValues("shortlist.scoring.cache-size=0")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("cacheSize"));
    }

    @Test
    void theTopicsPartitionCountIsTheSharedKey() {
        runner.withPropertyValues("shortlist.topics.partitions=6")
                .run(context -> assertThat(context.getBean(TopicSettings.class).partitions())
                        .isEqualTo(6));
    }
}
