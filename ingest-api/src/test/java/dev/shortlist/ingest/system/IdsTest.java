package dev.shortlist.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsCarryTheirKindAndDayAndSortByCreationTime() {
        Instant morning = Instant.parse("2026-11-23T08:00:00Z");
        String early = new Ids(Clock.fixed(morning, ZoneOffset.UTC)).resume();
        String late = new Ids(Clock.fixed(morning.plusSeconds(1), ZoneOffset.UTC)).resume();
        String nextDay = new Ids(Clock.fixed(morning.plusSeconds(86_400), ZoneOffset.UTC)).batch();

        assertThat(early).matches("RES_20261123_[0-9A-HJKMNP-TV-Z]{20}");
        assertThat(nextDay).startsWith("BATCH_20261124_");
        assertThat(early).isLessThan(late);
    }

    @Test
    void idsCreatedInTheSameMillisecondDiffer() {
        Ids ids = new Ids(Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(ids.job());
        }
        assertThat(new HashSet<>(many)).hasSize(10_000);
    }
}
