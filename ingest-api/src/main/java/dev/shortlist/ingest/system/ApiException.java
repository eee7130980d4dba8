package dev.shortlist.ingest.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A request that cannot be served, rendered as an RFC 9457 problem with a stable {@code type}
 * ({@code https://shortlist.dev/problems/<slug>}).
 */
public class ApiException extends RuntimeException {

    public static final String PROBLEM_BASE = "https://shortlist.dev/problems/";

    private final HttpStatusCode status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Long retryAfterSeconds;

    public ApiException(HttpStatusCode status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ApiException jobNotFound(String jobId) {
        return new ApiException(
                        HttpStatus.NOT_FOUND,
                        "job-not-found",
                        "Job not found",
                        "No job '" + jobId + "' exists in your organization.")
                .with("jobId", jobId);
    }

    public static ApiException jobClosed(String jobId) {
        return new ApiException(
                        HttpStatus.CONFLICT,
                        "job-closed",
                        "Job is closed",
                        "Job '" + jobId + "' is closed and accepts no more changes or uploads.")
                .with("jobId", jobId);
    }

    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Asks the client to retry after the given delay ({@code Retry-After}). */
    public ApiException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public HttpStatusCode status() {
        return status;
    }

    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(PROBLEM_BASE + slug));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
