package dev.shortlist.query.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as projected into {@code shortlist-jobs}: the latest definition and its lifecycle status.
 * The parts are unwrapped, so the document stays one flat object with the template's field names.
 */
public record JobDocument(
        String jobId,
        String organizationId,
        Integer revision,
        String status,
        @JsonUnwrapped Definition definition,
        @JsonUnwrapped Lifecycle lifecycle,
        String lastEventId) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** The job as the recruiter defined it. */
    public record Definition(
            String title,
            String description,
            @JsonUnwrapped Requirements requirements,
            String location,
            String remote,
            List<String> languages,
            Map<String, Double> weights) {
        /** A job closed before its definition was projected. */
        public static final Definition NONE = new Definition(
                null, null, new Requirements(List.of(), List.of(), null, null), null, null, List.of(), null);
    }

    /** What a candidate should bring (besides the languages). */
    public record Requirements(
            List<String> requiredSkills, List<String> preferredSkills, Double minimumYears, String educationLevel) {}

    /** When the job was posted, last updated and closed (with the reason given). */
    public record Lifecycle(Instant postedAt, Instant updatedAt, Instant closedAt, String closeReason) {}
}
