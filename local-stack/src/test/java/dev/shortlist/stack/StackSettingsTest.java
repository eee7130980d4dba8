package dev.shortlist.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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

    assertThat(settings.endpoints()).isEqualTo(new StackEndpoints(
        "127.0.0.1:9092", "http://127.0.0.1:8081", "http://127.0.0.1:9200"));
    assertThat(settings.distributionDir().resolve("kafka-lib")).isDirectory();
    assertThat(settings.home().getFileName()).hasToString(".local-stack");
    assertThat(settings.home().getParent().resolve("local-stack/pom.xml")).exists();
  }

  @Test
  void testcontainersModeExplainsThatItNeedsDocker() {
    StackSettings defaults = StackSettings.fromEnvironment();
    StackSettings containers = new StackSettings(defaults.home(), defaults.distributionDir(), 1, 2, 3, 4, 5,
        "512m", "", "shortlist", "", StackSettings.Mode.TESTCONTAINERS);

    assertThatThrownBy(() -> new LocalStack(containers).start())
        .hasMessageContaining("testcontainers mode requires Docker");
  }

  @Test
  void theRegistryBringsKafkaAlong() {
    assertThat(Component.withDependencies(java.util.Set.of(Component.SCHEMA_REGISTRY)))
        .containsExactlyInAnyOrder(Component.SCHEMA_REGISTRY, Component.KAFKA);
  }
}
