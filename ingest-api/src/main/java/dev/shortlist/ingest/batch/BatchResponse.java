package dev.shortlist.ingest.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An accepted batch: what was taken and what was refused, file by file.
 *
 * @param batchId   the batch
 * @param jobId     the job its resumes are screened against
 * @param total     resumes in the batch (what its progress counts towards)
 * @param resumeIds the batch's resumes, in upload order
 * @param accepted  one entry per accepted file
 * @param rejected  one entry per refused file, with its stable reason code
 * @param links     where to follow the batch on query-api ({@code status}, {@code progress})
 */
public record BatchResponse(
        String batchId,
        String jobId,
        int total,
        List<String> resumeIds,
        List<AcceptedFile> accepted,
        List<RejectedFile> rejected,
        Map<String, String> links) {

    /** @param duplicateOf set when the content was uploaded before (or earlier in this batch) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AcceptedFile(
            String fileName, String resumeId, String duplicateOf, String mediaType, long sizeBytes, String sha256) {}

    /** @param reason stable reason code, e.g. {@code EXECUTABLE}, {@code ZIP_BOMB} */
    public record RejectedFile(String fileName, String reason, String detail) {}
}
