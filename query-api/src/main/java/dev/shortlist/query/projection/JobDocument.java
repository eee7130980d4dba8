package dev.shortlist.query.projection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A job as projected into {@code shortlist-jobs}: the latest definition and its lifecycle status. */
public record JobDocument(
        String jobId,
        String organizationId,
        Integer revision,
        String status,
        String title,
        String description,
        List<String> requiredSkills,
        List<String> preferredSkills,
        Double minimumYears,
        String educationLevel,
        String location,
        String remote,
        List<String> languages,
        Map<String, Double> weights,
        Instant postedAt,
        Instant updatedAt,
        Instant closedAt,
        String closeReason,
        String lastEventId) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
}
