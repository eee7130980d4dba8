package dev.shortlist.ingest.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shortlist.ingest.IngestApplication;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.schemas.topic.TopicProvisioner;
import dev.shortlist.schemas.topic.TopicReport;
import dev.shortlist.schemas.topic.TopicSpec;
import dev.shortlist.schemas.topic.TopicsCommand;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.auth.DevTokenIssuer;
import dev.shortlist.stack.junit.LocalStackTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The one admin step against a real broker: the local stack has provisioned the catalog, a second
 * run changes nothing, missing topics are created and topics that differ are reported, never
 * altered, the {@code topics} command reports both; and the ingest API refuses to start when the topics are not as its settings say.
 */
@LocalStackTest({Component.KAFKA, Component.SCHEMA_REGISTRY})
class TopicsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path HOME = Path.of("target", "topics-it").toAbsolutePath();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Admin admin;
    private TopicProvisioner provisioner;

    @BeforeEach
    void connect(StackEndpoints endpoints) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()));
        provisioner = new TopicProvisioner(admin, TIMEOUT);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void theStackProvisionedTheCatalogAndASecondRunChangesNothing() {
        TopicReport check = provisioner.check(TopicCatalog.specs(3));
        assertThat(check.ok()).as(check.describe()).isTrue();
        assertThat(check.verified()).hasSize(TopicCatalog.specs(3).size());

        TopicReport again = provisioner.provision(TopicCatalog.specs(3), (short) 1);
        assertThat(again.created()).isEmpty();
        assertThat(again.verified())
                .containsExactlyElementsOf(
                        TopicCatalog.specs(3).stream().map(TopicSpec::name).toList());
    }

    @Test
    void aMissingTopicIsReportedByACheckAndCreatedByAProvisioningRun() throws Exception {
        TopicSpec spec = new TopicSpec("shortlist.it-" + run + ".v1", 2, true, null, "id", byte[].class);

        TopicReport before = provisioner.check(List.of(spec));
        assertThat(before.missing()).containsExactly(spec.name());
        assertThat(admin.listTopics().names().get()).doesNotContain(spec.name());

        assertThat(provisioner.provision(List.of(spec), (short) 1).created()).containsExactly(spec.name());
        TopicReport after = provisioner.check(List.of(spec));
        assertThat(after.ok()).as(after.describe()).isTrue();
        assertThat(after.verified()).containsExactly(spec.name());
    }

    @Test
    void aTopicWithOtherSettingsIsReportedAndLeftAsItIs() throws Exception {
        TopicSpec spec = new TopicSpec("shortlist.it-" + run + ".v1", 3, true, null, "id", byte[].class);
        // As a broker would auto-create it: one partition, delete, its default retention.
        admin.createTopics(List.of(new NewTopic(spec.name(), 1, (short) 1)))
                .all()
                .get();

        TopicReport report = provisioner.provision(List.of(spec), (short) 1);
        assertThat(report.created()).isEmpty();
        assertThat(report.mismatches())
                .extracting(TopicReport.Mismatch::setting)
                .containsExactly("cleanup.policy", "partitions", "retention.ms");
        assertThat(report.describe()).contains(spec.name() + ": partitions is 1, expected 3");
        assertThat(admin.describeTopics(List.of(spec.name()))
                        .allTopicNames()
                        .get()
                        .get(spec.name())
                        .partitions())
                .hasSize(1);
    }

    @Test
    void theTopicsCommandPassesOnTheProvisionedStackAndFailsWhenItsSettingsDiffer(StackEndpoints endpoints) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(TopicsCommand.run(
                        new String[] {"--bootstrap-servers", endpoints.bootstrapServers()}, stdout, stderr))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("verified " + TopicCatalog.JOBS)
                .contains(TopicCatalog.specs(3).size() + " topics ready (0 created");

        assertThat(TopicsCommand.run(
                        new String[] {
                            "--bootstrap-servers", endpoints.bootstrapServers(), "--check", "--partitions", "6"
                        },
                        stdout,
                        stderr))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(TopicCatalog.JOBS + ": partitions is 3, expected 6")
                .contains("never altered");
    }

    @Test
    void theIngestApiDoesNotStartWhenTheTopicsDifferFromItsSettings(StackEndpoints endpoints) {
        DevTokenIssuer issuer = DevTokenIssuer.inDirectory(HOME.resolve("dev-issuer"));
        SpringApplicationBuilder app = new SpringApplicationBuilder(IngestApplication.class);
        String[] args = {
            "--server.port=0",
            "--spring.kafka.bootstrap-servers=" + endpoints.bootstrapServers(),
            "--spring.kafka.properties.schema.registry.url=" + endpoints.schemaRegistryUrl(),
            "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                    + issuer.publicKeyPem().toAbsolutePath(),
            "--shortlist.blobs.dir=" + HOME.resolve("blobs"),
            // The stack made them with 3.
            "--shortlist.topics.partitions=4"
        };

        assertThatThrownBy(() -> app.run(args))
                .rootCause()
                .hasMessageContaining("The Shortlist topics are not ready")
                .hasMessageContaining(TopicCatalog.JOBS + ": partitions is 3, expected 4")
                .hasMessageContaining("TopicsCommand");
    }
}
