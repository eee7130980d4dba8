package dev.shortlist.query.projection;

/** What a screening is of: the job, the resume, the batch it came with and the owning organization. */
public record ScreeningKeys(String jobId, String resumeId, String batchId, String organizationId) {}
