package dev.shortlist.streams.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.SentenceEncoder;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StageTimersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final StageTimers timers = new StageTimers(registry);

    @Test
    void parseStepsAreRecordedUnderTheirStage() {
        timers.extracted(TimeUnit.MILLISECONDS.toNanos(30));
        timers.analysed(TimeUnit.MILLISECONDS.toNanos(5));

        assertThat(timer("extract").count()).isEqualTo(1);
        assertThat(timer("extract").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30.0);
        assertThat(timer("parse").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(5.0);
    }

    @Test
    void scoringLeavesOutTheEmbeddingItTriggered() {
        SentenceEncoder encoder = timers.timed(new SentenceEncoder() {
            @Override
            public String modelVersion() {
                return "test";
            }

            @Override
            public CosineCalibration calibration() {
                return EmbeddingModel.MINILM_L6_V2_Q.calibration();
            }

            @Override
            public List<float[]> encode(List<String> texts) {
                busyFor(TimeUnit.MILLISECONDS.toNanos(50));
                return texts.stream().map(t -> new float[] {1f}).toList();
            }
        });
        ScreeningScorerAdapter scorer = timers.timed((jobId, revision, job, resumeId, profile) -> {
            encoder.encode(List.of("a resume chunk"));
            return new ScreeningScored();
        });

        scorer.score("JOB_1", 1, null, "RES_1", null);

        assertThat(timer("embed").count()).isEqualTo(1);
        assertThat(timer("embed").totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(50.0);
        assertThat(timer("score").count()).isEqualTo(1);
        assertThat(timer("score").totalTime(TimeUnit.MILLISECONDS)).isLessThan(50.0);
    }

    private Timer timer(String stage) {
        return registry.get(StageTimers.METRIC).tag("stage", stage).timer();
    }

    /** Burns time on this thread, so that it counts as embedding work done here. */
    private static void busyFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
