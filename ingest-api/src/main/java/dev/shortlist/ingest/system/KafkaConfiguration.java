package dev.shortlist.ingest.system;

import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ResumeIndex;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.schemas.topic.TopicProvisioner;
import dev.shortlist.schemas.topic.TopicReport;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The Kafka side: the check that the catalog's topics exist as declared, the transactional event
 * publisher, the replays that rebuild the job registry and resume index, and the Kafka health check.
 * Topics are created by the {@code topics} command (or the local stack), never by this application.
 *
 * <p>Why replayed in-memory state rather than a store of our own: the topics are the source of
 * truth and are kept forever, so the registry can always be rebuilt from them; ingest needs only
 * small facts (job → organization, revision, open/closed; organization + SHA-256 → resume), and
 * following the topics also shows each instance the other instances' writes.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final String VERIFIED_TOPICS = "verifiedTopics";

    /**
     * Fails startup, naming every missing or different topic, before anything writes: a producer
     * writing to a missing topic would have the broker create it with its own defaults.
     */
    @Bean
    TopicReport verifiedTopics(KafkaClients kafka, TopicCatalog catalog) {
        try (Admin admin = Admin.create(kafka.adminConfig("ingest-api-topic-check"))) {
            return new TopicProvisioner(admin, kafka.adminTimeout())
                    .check(catalog.specs())
                    .requireOk();
        }
    }

    @Bean(destroyMethod = "close")
    @DependsOn(VERIFIED_TOPICS)
    GroupCommitEventPublisher kafkaEventPublisher(KafkaTemplate<String, Object> template, IngestProperties properties) {
        IngestProperties.GroupCommit groupCommit = properties.groupCommit();
        return new GroupCommitEventPublisher(
                new KafkaEventPublisher(template), groupCommit.writers(), groupCommit.maxEvents());
    }

    @Bean
    @DependsOn(VERIFIED_TOPICS)
    TopicReplayer<JobEvent> jobReplayer(
            TopicCatalog catalog, KafkaClients kafka, JobRegistry registry, IngestProperties properties) {
        IngestProperties.StateReplay replay = properties.stateReplay();
        return new TopicReplayer<>(
                catalog.jobs().name(),
                kafka.consumerConfig("ingest-replay-" + catalog.jobs().name()),
                catalog.jobs().valueSerde().deserializer(),
                registry::apply,
                registry::markCaughtUp,
                replay.pollTimeout(),
                replay.retryDelay());
    }

    @Bean
    @DependsOn(VERIFIED_TOPICS)
    TopicReplayer<ResumeUploaded> resumeReplayer(
            TopicCatalog catalog, KafkaClients kafka, ResumeIndex index, IngestProperties properties) {
        IngestProperties.StateReplay replay = properties.stateReplay();
        return new TopicReplayer<>(
                catalog.resumes().name(),
                kafka.consumerConfig("ingest-replay-" + catalog.resumes().name()),
                catalog.resumes().valueSerde().deserializer(),
                index::apply,
                index::markCaughtUp,
                replay.pollTimeout(),
                replay.retryDelay());
    }

    @Bean(destroyMethod = "close")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaClients kafka) {
        return new KafkaHealthIndicator(Admin.create(kafka.adminConfig("ingest-api-health")));
    }
}
