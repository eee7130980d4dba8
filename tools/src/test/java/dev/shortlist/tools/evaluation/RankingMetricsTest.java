package dev.shortlist.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void perfectAndEmptyRankings() {
        assertThat(RankingMetrics.ndcgAt(List.of(true, true, false), 2, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcgAt(List.of(false, false, true), 1, 2)).isEqualTo(0.0);
        assertThat(RankingMetrics.precisionAt(List.of(true, false, true, false), 2))
                .isEqualTo(0.5);
    }

    @Test
    void ndcgAndAveragePrecisionPunishLateHits() {
        // Relevant at ranks 2 and 3 of 2 relevant: DCG = 1/log2(3) + 1/log2(4); IDCG = 1 + 1/log2(3).
        double expected = (1 / (Math.log(3) / Math.log(2)) + 0.5) / (1 + 1 / (Math.log(3) / Math.log(2)));
        assertThat(RankingMetrics.ndcgAt(List.of(false, true, true), 2, 10)).isCloseTo(expected, within(1e-9));
        assertThat(RankingMetrics.averagePrecision(List.of(false, true, true), 2))
                .isCloseTo((0.5 + 2.0 / 3) / 2, within(1e-9));
    }

    @Test
    void macroF1AveragesClassesEqually() {
        List<String> truth = List.of("A", "A", "A", "B");
        List<String> predicted = List.of("A", "A", "A", "A");
        // A: precision 3/4, recall 1 → 6/7; B: 0.
        assertThat(RankingMetrics.macroF1(truth, predicted)).isCloseTo((6.0 / 7) / 2, within(1e-9));
    }
}
