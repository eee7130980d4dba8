package dev.shortlist.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.junit.jupiter.api.Test;

class TopicProvisionerTest {

    private final TopicSpec jobs = TopicCatalog.specs(3).stream()
            .filter(s -> s.name().equals(TopicCatalog.JOBS))
            .findFirst()
            .orElseThrow();
    private final TopicSpec progress = TopicCatalog.specs(3).stream()
            .filter(s -> s.name().equals(TopicCatalog.BATCHES_PROGRESS))
            .findFirst()
            .orElseThrow();

    @Test
    void aTopicAsTheCatalogSaysHasNoMismatch() {
        assertThat(TopicProvisioner.compare(jobs, 3, config("delete", "-1"))).isEmpty();
        assertThat(TopicProvisioner.compare(progress, 3, config("compact", "-1")))
                .isEmpty();
    }

    @Test
    void aTopicTheBrokerAutoCreatedIsReportedWithEveryDifference() {
        // What a broker's defaults give an auto-created topic: 1 partition, delete, 7 days.
        List<TopicReport.Mismatch> mismatches = TopicProvisioner.compare(progress, 1, config("delete", "604800000"));
        assertThat(mismatches)
                .containsExactly(
                        new TopicReport.Mismatch(TopicCatalog.BATCHES_PROGRESS, "cleanup.policy", "compact", "delete"),
                        new TopicReport.Mismatch(TopicCatalog.BATCHES_PROGRESS, "partitions", "3", "1"),
                        new TopicReport.Mismatch(TopicCatalog.BATCHES_PROGRESS, "retention.ms", "-1", "604800000"));
    }

    @Test
    void morePartitionsThanTheCatalogIsAMismatchToo() {
        assertThat(TopicProvisioner.compare(jobs, 6, config("delete", "-1")))
                .containsExactly(new TopicReport.Mismatch(TopicCatalog.JOBS, "partitions", "3", "6"));
    }

    @Test
    void aReportWithMissingTopicsNamesThemAndRefusesToPass() {
        TopicReport report = new TopicReport(
                List.of(),
                List.of(TopicCatalog.JOBS),
                List.of(TopicCatalog.RESUMES, TopicCatalog.BATCHES),
                List.of(new TopicReport.Mismatch(TopicCatalog.ERASURES, "partitions", "3", "1")));
        assertThat(report.ok()).isFalse();
        assertThatThrownBy(report::requireOk)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing topics: shortlist.resumes.v1, shortlist.batches.v1")
                .hasMessageContaining("shortlist.erasures.v1: partitions is 1, expected 3")
                .hasMessageContaining("TopicsCommand");
    }

    @Test
    void aCompleteReportPasses() {
        TopicReport report =
                new TopicReport(List.of(TopicCatalog.JOBS), List.of(TopicCatalog.RESUMES), List.of(), List.of());
        assertThat(report.requireOk().describe()).isEqualTo("2 topics ready (1 created, 1 verified)");
    }

    @Test
    void theServerlessSpecsAreTheCatalogs() {
        TopicCatalog catalog = new TopicCatalog(java.util.Map.of("schema.registry.url", "mock://topics-test"), 5);
        assertThat(TopicCatalog.specs(5)).containsExactlyElementsOf(catalog.specs());
        assertThat(catalog.specs())
                .allSatisfy(spec -> assertThat(spec.partitions()).isEqualTo(5));
    }

    private static Config config(String cleanup, String retention) {
        return new Config(
                List.of(new ConfigEntry("cleanup.policy", cleanup), new ConfigEntry("retention.ms", retention)));
    }
}
