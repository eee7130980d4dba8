package dev.shortlist.ingest.system;

import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ResumeIndex;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code shortlist.ingest.event-log=none} there is no topic to replay: the registries start
 * empty and complete, and an {@link EventPublisher} bean must be supplied (tests record events).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shortlist.ingest.event-log", havingValue = "none")
class DetachedEventLogConfiguration {

    @Bean
    InitializingBean emptyEventState(JobRegistry jobs, ResumeIndex resumes) {
        return () -> {
            jobs.markCaughtUp();
            resumes.markCaughtUp();
        };
    }
}
