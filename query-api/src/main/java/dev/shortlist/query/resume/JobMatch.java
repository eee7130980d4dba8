package dev.shortlist.query.resume;

import java.time.Instant;
import java.util.List;

/** How one resume scored against one job, for comparing a candidate across jobs. */
public record JobMatch(
        String jobId,
        String jobTitle,
        String jobStatus,
        String status,
        Double score,
        String band,
        List<String> matchedSkills,
        List<String> missingSkills,
        String scorerVersion,
        Instant scoredAt) {}
