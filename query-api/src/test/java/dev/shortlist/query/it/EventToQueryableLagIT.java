package dev.shortlist.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shortlist.query.Events;
import dev.shortlist.schemas.topic.TopicCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the read-after-write lag: from publishing a screening outcome to the moment the query
 * API's ranking search includes it, one event at a time (produce, then poll every 10 ms).
 */
class EventToQueryableLagIT extends StackSupport {

    private static final Logger log = LoggerFactory.getLogger(EventToQueryableLagIT.class);
    private static final int EVENTS = 40;

    @Test
    void everyPublishedOutcomeBecomesQueryableAndTheLagIsReported() {
        String org = unique("org"), job = unique("JOB");
        String token = token(org, "viewer");
        publish(TopicCatalog.JOBS, job, Events.jobPosted(org, job, "Lag Probe", List.of("Java")));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/v1/jobs/" + job, token).status() == 200);

        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String resume = unique("RES");
            long start = System.nanoTime();
            publish(
                    TopicCatalog.SCREENINGS_SCORED,
                    job + ":" + resume,
                    Events.scored(org, job, resume, null, 50 + i % 50, "scorer-1", List.of("Java"), List.of()));
            long expected = i + 1;
            // Searchable, not only readable by id (a get by id is real-time, a search waits for a refresh).
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(10))
                    .pollDelay(Duration.ZERO)
                    .until(() -> get("/api/v1/jobs/" + job + "/ranking?size=1", token)
                                    .body()
                                    .path("total")
                                    .asLong()
                            == expected);
            lags.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(lags);
        double p50 = lags.get(lags.size() / 2);
        double p99 = lags.get((int) Math.ceil(0.99 * lags.size()) - 1);
        log.info(String.format(
                Locale.ROOT,
                "Event to queryable lag over %d events: p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                EVENTS,
                p50,
                p99,
                lags.get(lags.size() - 1)));
        assertThat(lags).hasSize(EVENTS);
        assertThat(get("/api/v1/jobs/" + job + "/ranking", token)
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(EVENTS);
    }
}
