package dev.shortlist.query.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class QueryPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QueryProperties.class)
    static class Bound {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    void theDefaultsRunTheEmbeddedStack() {
        context.run(c -> {
            QueryProperties properties = c.getBean(QueryProperties.class);
            assertThat(properties.projector().enabled()).isTrue();
            assertThat(properties.projector().group()).isEqualTo("shortlist-query-projector-v1");
            assertThat(properties.projector().waitForRefresh()).isTrue();
            assertThat(properties.retry().initial()).isEqualTo(Duration.ofMillis(500));
            assertThat(properties.retry().max()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.bootstrap().indexVersion()).isEqualTo(1);
            assertThat(properties.bootstrap().timeout()).isEqualTo(Duration.ofSeconds(120));
            assertThat(properties.sse().timeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(properties.sse().pollInterval()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.rebuild().timeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(properties.centroidSize()).isEqualTo(10);
        });
    }

    @Test
    void nestedKeysBind() {
        context.withPropertyValues(
                        "shortlist.query.retry.initial=200ms",
                        "shortlist.query.retry.max=2s",
                        "shortlist.query.sse.poll-interval=500ms",
                        "shortlist.query.projector.enabled=false")
                .run(c -> {
                    QueryProperties properties = c.getBean(QueryProperties.class);
                    assertThat(properties.retry().initial()).isEqualTo(Duration.ofMillis(200));
                    assertThat(properties.retry().max()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.sse().pollInterval()).isEqualTo(Duration.ofMillis(500));
                    assertThat(properties.projector().enabled()).isFalse();
                });
    }

    @Test
    void valuesThatCannotWorkFailStartupWithTheKeyNamed() {
        for (String wrong : new String[] {
            "shortlist.query.retry.max=100ms",
            "shortlist.query.retry.initial=0s",
            "shortlist.query.bootstrap.index-version=0",
            "shortlist.query.centroid-size=0",
            "shortlist.query.projector.group= ",
            "shortlist.query.sse.poll-interval=0s"
        }) {
            context.withPropertyValues(wrong)
                    .run(c -> assertThat(c)
                            .as(wrong)
                            .hasFailed()
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("shortlist.query"));
        }
    }
}
