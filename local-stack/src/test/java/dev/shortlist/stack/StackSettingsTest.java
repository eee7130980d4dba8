package dev.shortlist.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shortlist.stack.containers.ContainerImages;
import dev.shortlist.stack.containers.DockerEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("shortlist.stack.kafka.port");
        System.clearProperty("shortlist.stack.home");
        System.clearProperty("shortlist.stack.kafka.java.opts");
    }

    @Test
    void kafkaAndElasticsearchRunC1OnlyUnlessToldOtherwise() {
        assertThat(StackSettings.fromEnvironment().kafkaJavaOpts()).isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(StackSettings.fromEnvironment().elasticsearchJavaOpts()).isEqualTo("-XX:TieredStopAtLevel=1");

        System.setProperty("shortlist.stack.kafka.java.opts", "-XX:TieredStopAtLevel=4");

        assertThat(StackSettings.fromEnvironment().kafkaJavaOpts()).isEqualTo("-XX:TieredStopAtLevel=4");
    }

    @Test
    void portsAndHomeComeFromSystemPropertiesAndEndpointsFollow() {
        System.setProperty("shortlist.stack.kafka.port", "19999");
        System.setProperty("shortlist.stack.home", "/tmp/somewhere");

        StackSettings settings = StackSettings.fromEnvironment();

        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:19999");
        assertThat(settings.home()).isEqualTo(Path.of("/tmp/somewhere"));
        assertThat(settings.runDir()).isEqualTo(Path.of("/tmp/somewhere/run"));
    }

    @Test
    void defaultsAreTheServicesUsualPortsAndAHomeInTheRepository() {
        StackSettings settings = StackSettings.fromEnvironment();

        assertThat(settings.endpoints())
                .isEqualTo(new StackEndpoints("127.0.0.1:9092", "http://127.0.0.1:8081", "http://127.0.0.1:9200"));
        assertThat(settings.distributionDir().resolve("kafka-lib")).isDirectory();
        assertThat(settings.home().getFileName()).hasToString(".local-stack");
        assertThat(settings.home().getParent().resolve("local-stack/pom.xml")).exists();
    }

    @Test
    void testcontainersModeWithoutADockerEngineFailsWithAClearMessage() {
        assertThatThrownBy(() -> StackSettings.Mode.TESTCONTAINERS.resolve(false, () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Docker engine answers")
                .hasMessageContaining("shortlist.stack.mode=embedded");
    }

    @Test
    void autoPicksContainersOnlyWhenAnEngineAnswersAndTheStackNeedNotOutliveTheJvm() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier noEngine = () -> asked.incrementAndGet() < 0;
        BooleanSupplier engine = () -> asked.incrementAndGet() > 0;

        assertThat(StackSettings.Mode.AUTO.resolve(false, noEngine)).isEqualTo(StackSettings.Mode.EMBEDDED);
        assertThat(StackSettings.Mode.AUTO.resolve(false, engine)).isEqualTo(StackSettings.Mode.TESTCONTAINERS);
        assertThat(asked).hasValue(2);
        // 'up' keeps services running after it exits, which containers cannot: no need to ask Docker.
        assertThat(StackSettings.Mode.AUTO.resolve(true, engine)).isEqualTo(StackSettings.Mode.EMBEDDED);
        assertThat(StackSettings.Mode.EMBEDDED.resolve(false, engine)).isEqualTo(StackSettings.Mode.EMBEDDED);
        assertThat(asked).hasValue(2);
        assertThat(StackSettings.Mode.TESTCONTAINERS.resolve(false, engine))
                .isEqualTo(StackSettings.Mode.TESTCONTAINERS);
        assertThatThrownBy(() -> StackSettings.Mode.TESTCONTAINERS.resolve(true, engine))
                .hasMessageContaining("cannot keep services running");
    }

    @Test
    void askingForDockerAnswersQuicklyAndNeverThrows() {
        boolean available = assertTimeoutPreemptively(Duration.ofSeconds(30), DockerEngine::available);

        StackSettings defaults = StackSettings.fromEnvironment();
        StackSettings auto = new StackSettings(
                defaults.home(),
                defaults.distributionDir(),
                1,
                2,
                3,
                4,
                5,
                "512m",
                "",
                "shortlist",
                "",
                StackSettings.Mode.AUTO);
        assertThat(new LocalStack(auto).mode())
                .isEqualTo(available ? StackSettings.Mode.TESTCONTAINERS : StackSettings.Mode.EMBEDDED);
        assertThat(new LocalStack(auto, true).mode()).isEqualTo(StackSettings.Mode.EMBEDDED);
    }

    @Test
    void theBuildRecordsTheVersionsTheStackAndTheCommandUse() {
        assertThat(BuildInfo.projectVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(ContainerImages.fromEnvironment().kafka()).isEqualTo("apache/kafka:" + BuildInfo.kafkaVersion());
        assertThat(ContainerImages.fromEnvironment().elasticsearch()).endsWith(":" + BuildInfo.elasticsearchVersion());
        assertThat(BuildInfo.elasticsearchVersion()).startsWith("8.19.");
    }

    @Test
    void theRegistryBringsKafkaAlong() {
        assertThat(Component.withDependencies(java.util.Set.of(Component.SCHEMA_REGISTRY)))
                .containsExactlyInAnyOrder(Component.SCHEMA_REGISTRY, Component.KAFKA);
    }
}
