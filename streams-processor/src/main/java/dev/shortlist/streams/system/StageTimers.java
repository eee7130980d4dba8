package dev.shortlist.streams.system;

import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.SentenceEncoder;
import dev.shortlist.screening.parsing.ParseTimings;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Timers of the pipeline's costly stages, {@code shortlist.stage{stage=...}} ({@code
 * shortlist_stage_seconds_count / _sum / _max} on {@code /actuator/prometheus}):
 * <ul>
 *   <li>{@code extract}: text extraction from a document, one per resume;</li>
 *   <li>{@code parse}: analysis of the extracted text into a profile, one per parsed resume;</li>
 *   <li>{@code embed}: one call of the sentence encoder (a resume or job revision takes several);</li>
 *   <li>{@code score}: scoring one screening, <em>without</em> the embedding done meanwhile.</li>
 * </ul>
 * Wall-clock time on the calling stream thread, so on a busy machine it includes waiting for a core.
 */
final class StageTimers implements ParseTimings {

    static final String METRIC = "shortlist.stage";

    private final Timer extract;
    private final Timer parse;
    private final Timer embed;
    private final Timer score;
    /** Embedding time spent on this thread so far, so that scoring can leave it out. */
    private final ThreadLocal<long[]> embedNanos = ThreadLocal.withInitial(() -> new long[1]);

    StageTimers(MeterRegistry registry) {
        this.extract = timer(registry, "extract", "Text extraction from one document");
        this.parse = timer(registry, "parse", "Analysis of one extracted text into a profile");
        this.embed = timer(registry, "embed", "One call of the sentence encoder");
        this.score = timer(registry, "score", "Scoring of one screening, embedding excluded");
    }

    @Override
    public void extracted(long nanos) {
        extract.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void analysed(long nanos) {
        parse.record(nanos, TimeUnit.NANOSECONDS);
    }

    SentenceEncoder timed(SentenceEncoder encoder) {
        return new SentenceEncoder() {
            @Override
            public String modelVersion() {
                return encoder.modelVersion();
            }

            @Override
            public CosineCalibration calibration() {
                return encoder.calibration();
            }

            @Override
            public List<float[]> encode(List<String> texts) {
                long start = System.nanoTime();
                try {
                    return encoder.encode(texts);
                } finally {
                    long nanos = System.nanoTime() - start;
                    embedNanos.get()[0] += nanos;
                    embed.record(nanos, TimeUnit.NANOSECONDS);
                }
            }
        };
    }

    ScreeningScorerAdapter timed(ScreeningScorerAdapter scorer) {
        return (String jobId, int jobRevision, JobDefinition job, String resumeId, ResumeParsed profile) -> {
            long start = System.nanoTime();
            long embeddedBefore = embedNanos.get()[0];
            try {
                return scorer.score(jobId, jobRevision, job, resumeId, profile);
            } finally {
                // The scorer embeds on this thread when a job or resume is not cached yet.
                long embedded = embedNanos.get()[0] - embeddedBefore;
                score.record(Math.max(0, System.nanoTime() - start - embedded), TimeUnit.NANOSECONDS);
            }
        };
    }

    private static Timer timer(MeterRegistry registry, String stage, String description) {
        return Timer.builder(METRIC)
                .tag("stage", stage)
                .description(description)
                .register(registry);
    }
}
