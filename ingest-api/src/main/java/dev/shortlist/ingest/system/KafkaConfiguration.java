package dev.shortlist.ingest.system;

import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ResumeIndex;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.topic.TopicCatalog;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The Kafka side: topics created at startup when missing, the transactional event publisher, the
 * replays that rebuild the job registry and resume index, and the Kafka health check.
 *
 * <p>Why replayed in-memory state rather than a store of our own: the topics are the source of
 * truth and are kept forever, so the registry can always be rebuilt from them; ingest needs only
 * small facts (job → organization, revision, open/closed; organization + SHA-256 → resume), and
 * following the topics also shows each instance the other instances' writes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shortlist.ingest.event-log", havingValue = "kafka", matchIfMissing = true)
class KafkaConfiguration {

    @Bean
    @ConditionalOnProperty(name = "shortlist.ingest.topics.create", havingValue = "true", matchIfMissing = true)
    KafkaAdmin.NewTopics shortlistTopics(TopicCatalog catalog, IngestProperties properties) {
        short replication = properties.topics().replicationFactor();
        return new KafkaAdmin.NewTopics(catalog.specs().stream().map(spec -> spec.newTopic(replication)).toArray(NewTopic[]::new));
    }

    @Bean(destroyMethod = "close")
    GroupCommitEventPublisher kafkaEventPublisher(KafkaTemplate<String, Object> template, IngestProperties properties) {
        IngestProperties.GroupCommit groupCommit = properties.groupCommit();
        return new GroupCommitEventPublisher(new KafkaEventPublisher(template), groupCommit.writers(), groupCommit.maxEvents());
    }

    @Bean
    TopicReplayer<JobEvent> jobReplayer(TopicCatalog catalog, KafkaProperties kafka, JobRegistry registry, IngestProperties properties) {
        return new TopicReplayer<>(catalog.jobs().name(), kafka.buildConsumerProperties(),
                catalog.jobs().valueSerde().deserializer(), registry::apply, registry::markCaughtUp,
                properties.stateReplay().pollTimeout());
    }

    @Bean
    TopicReplayer<ResumeUploaded> resumeReplayer(TopicCatalog catalog, KafkaProperties kafka, ResumeIndex index, IngestProperties properties) {
        return new TopicReplayer<>(catalog.resumes().name(), kafka.buildConsumerProperties(),
                catalog.resumes().valueSerde().deserializer(), index::apply, index::markCaughtUp,
                properties.stateReplay().pollTimeout());
    }

    @Bean(destroyMethod = "close")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(AdminClient.create(admin.getConfigurationProperties()));
    }
}
