package dev.shortlist.query.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class KafkaConfigurationTest {

    @Test
    void theProjectorsBackOffDoublesUpToItsMaximumAndNeverGivesUp() {
        BackOffExecution pauses = KafkaConfiguration.projectorBackOff(
                        new QueryProperties.Retry(Duration.ofMillis(500), Duration.ofSeconds(30)))
                .start();

        assertThat(pauses.nextBackOff()).isEqualTo(500);
        assertThat(pauses.nextBackOff()).isEqualTo(1000);
        assertThat(pauses.nextBackOff()).isEqualTo(2000);
        // Days of an Elasticsearch outage at the longest pause: still retrying.
        for (int i = 0; i < 100_000; i++) {
            assertThat(pauses.nextBackOff()).isNotEqualTo(BackOffExecution.STOP).isLessThanOrEqualTo(30_000);
        }
        assertThat(pauses.nextBackOff()).isEqualTo(30_000);
    }
}
