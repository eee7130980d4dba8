package dev.shortlist.ingest.job;

import java.util.Map;

/**
 * The outcome of a job write.
 *
 * @param jobId    the job's id
 * @param revision the job's revision after this write (1 when posted)
 * @param status   {@code OPEN} or {@code CLOSED}
 * @param links    where to read the job (query-api)
 */
public record JobResponse(String jobId, int revision, String status, Map<String, String> links) {}
