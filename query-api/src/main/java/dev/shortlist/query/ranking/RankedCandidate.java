package dev.shortlist.query.ranking;

import java.time.Instant;
import java.util.List;

/** One line of a job's ranking. */
public record RankedCandidate(
        int rank,
        String resumeId,
        String screeningId,
        double score,
        String band,
        List<String> matchedSkills,
        List<String> missingSkills,
        String batchId,
        Integer jobRevision,
        String scorerVersion,
        Instant scoredAt) {}
