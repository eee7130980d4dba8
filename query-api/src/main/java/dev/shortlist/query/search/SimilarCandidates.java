package dev.shortlist.query.search;

import java.util.List;

/**
 * Candidates semantically close to a job. {@code basis} says what the job's vector was built from:
 * {@code TOP_SCORED_CENTROID} (the mean embedding of its best-scored candidates, listed in
 * {@code seedResumeIds}) or {@code NONE} when no scored candidate has an embedding yet.
 */
public record SimilarCandidates(
        String jobId, String basis, List<String> seedResumeIds, List<CandidateHit> candidates) {}
