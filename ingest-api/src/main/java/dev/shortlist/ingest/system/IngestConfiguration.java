package dev.shortlist.ingest.system;

import dev.shortlist.ingest.blob.BlobStore;
import dev.shortlist.ingest.blob.FileSystemBlobStore;
import dev.shortlist.ingest.job.JobDescriptionExtractor;
import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ArchiveReader;
import dev.shortlist.ingest.resume.ContainerInspector;
import dev.shortlist.ingest.resume.ContentInspector;
import dev.shortlist.ingest.resume.ResumeEvents;
import dev.shortlist.ingest.resume.ResumeIndex;
import dev.shortlist.ingest.resume.ResumeIntake;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.schemas.topic.TopicSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java pieces of ingest: ids, metadata, validation, blob store and derived state. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, BlobProperties.class, TopicSettings.class})
class IngestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Ids ids(Clock clock) {
        return new Ids(clock);
    }

    @Bean
    EventMetadataFactory eventMetadataFactory(Clock clock, IngestProperties properties) {
        return new EventMetadataFactory(clock, properties.producer());
    }

    @Bean
    KafkaClients kafkaClients(KafkaProperties kafka) {
        return new KafkaClients(kafka);
    }

    @Bean
    TopicCatalog topicCatalog(KafkaClients kafka, TopicSettings topics) {
        return new TopicCatalog(kafka.serdeConfig(), topics.partitions());
    }

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Bean
    IdempotencyCache idempotencyCache(Clock clock, IngestProperties properties) {
        return new IdempotencyCache(clock, properties.idempotencyWindow(), properties.idempotencyMaxEntries());
    }

    @Bean
    BlobStore blobStore(BlobProperties properties) {
        return new FileSystemBlobStore(properties.dir());
    }

    @Bean
    ContentInspector contentInspector() {
        return new ContentInspector();
    }

    @Bean
    ContainerInspector containerInspector(IngestProperties properties) {
        return new ContainerInspector(new ContainerInspector.Limits(
                properties.maxArchiveEntries(),
                properties.maxExpandedSize().toBytes(),
                properties.maxCompressionRatio(),
                properties.maxFileSize().toBytes(),
                properties.maxNestingDepth()));
    }

    @Bean
    JobDescriptionExtractor jobDescriptionExtractor(ContentInspector inspector, ContainerInspector containers) {
        return new JobDescriptionExtractor(inspector, containers);
    }

    @Bean
    JobRegistry jobRegistry() {
        return new JobRegistry();
    }

    @Bean
    ResumeIndex resumeIndex() {
        return new ResumeIndex();
    }

    @Bean
    ResumeEvents resumeEvents(EventMetadataFactory metadata, TopicCatalog catalog) {
        return new ResumeEvents(metadata, catalog);
    }

    @Bean
    ResumeIntake resumeIntake(
            ContentInspector inspector,
            ContainerInspector containers,
            BlobStore blobs,
            ResumeIndex index,
            Ids ids,
            IngestProperties properties) {
        long maxFile = properties.maxFileSize().toBytes();
        ArchiveReader archives = new ArchiveReader(new ArchiveReader.Limits(
                properties.maxArchiveEntries(),
                properties.maxBatchSize().toBytes(),
                properties.maxCompressionRatio(),
                maxFile));
        return new ResumeIntake(inspector, archives, containers, blobs, index, ids, maxFile);
    }

    @Bean
    EventStateHealthIndicator eventStateHealthIndicator(JobRegistry jobs, ResumeIndex resumes) {
        return new EventStateHealthIndicator(jobs, resumes);
    }
}
