package dev.shortlist.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsQueriesTest {

    @Test
    void theBandFunnelCountsCandidatesAtOrAboveEachBand() {
        assertThat(AnalyticsQueries.funnel(Map.of("STRONG", 2L, "GOOD", 3L, "WEAK", 10L)))
                .containsExactly(
                        new Analytics.Count("STRONG", 2),
                        new Analytics.Count("GOOD", 5),
                        new Analytics.Count("PARTIAL", 5),
                        new Analytics.Count("WEAK", 15));
    }
}
