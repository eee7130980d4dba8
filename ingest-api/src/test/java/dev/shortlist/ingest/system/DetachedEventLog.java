package dev.shortlist.ingest.system;

import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ResumeIndex;
import java.io.IOException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application without Kafka: {@link KafkaConfiguration} is left out of the scan
 * ({@link WithoutKafka}, used through {@code @TypeExcludeFilters}), the event log is a
 * {@link RecordingEventPublisher}, and with no topic to replay the registries start empty and complete.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DetachedEventLog {

    @Bean
    RecordingEventPublisher recordingEventPublisher() {
        return new RecordingEventPublisher();
    }

    @Bean
    InitializingBean emptyEventState(JobRegistry jobs, ResumeIndex resumes) {
        return () -> {
            jobs.markCaughtUp();
            resumes.markCaughtUp();
        };
    }

    /** Leaves the Kafka wiring (topic check, publisher, replays, Kafka health) out of the context. */
    public static final class WithoutKafka extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getClassMetadata().getClassName().equals(KafkaConfiguration.class.getName());
        }

        // Part of the test context's cache key: equal filters share one context.
        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
