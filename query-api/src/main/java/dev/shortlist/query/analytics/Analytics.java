package dev.shortlist.query.analytics;

import java.util.List;
import java.util.Map;

/**
 * Screening statistics of one job or a whole organization.
 *
 * @param screened          screenings with an outcome (scored + failed)
 * @param failed            screenings that could not be scored
 * @param averageScore      mean score of the scored ones
 * @param scorePercentiles  p50 / p90 of the score
 * @param scoreDistribution score histogram in buckets of 10 ([0,10) ... [90,100])
 * @param bandFunnel        candidates at or above each band: STRONG ⊂ GOOD ⊂ PARTIAL ⊂ WEAK
 * @param bands             candidates per band
 * @param mostMissingSkills required/preferred skills most often missing
 * @param mostMatchedSkills skills most often matched
 * @param screenedPerDay    screenings per day (by scoring time)
 * @param batches           batch throughput
 * @param jobsByStatus      jobs per status (organization analytics only)
 */
public record Analytics(
        long screened,
        long failed,
        Double averageScore,
        Map<String, Double> scorePercentiles,
        List<Bucket> scoreDistribution,
        List<Count> bandFunnel,
        Map<String, Long> bands,
        List<Count> mostMissingSkills,
        List<Count> mostMatchedSkills,
        List<Count> screenedPerDay,
        BatchThroughput batches,
        Map<String, Long> jobsByStatus) {

    /** Histogram bucket {@code [from, to)}. */
    public record Bucket(double from, double to, long count) {}

    /** A value and how often it occurs. */
    public record Count(String key, long count) {}

    /**
     * @param batches           batches
     * @param finished          batches completed (with or without failures)
     * @param processed         resumes processed over all batches
     * @param averageResumesPerSecond mean of the batches' throughput
     * @param bestResumesPerSecond    best batch throughput
     * @param processedPerDay   resumes processed per day of batch completion
     */
    public record BatchThroughput(
            long batches,
            long finished,
            long processed,
            Double averageResumesPerSecond,
            Double bestResumesPerSecond,
            List<Count> processedPerDay) {}
}
