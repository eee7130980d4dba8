package dev.shortlist.ingest.resume;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An accepted resume upload.
 *
 * @param resumeId     the resume (the existing one when the content was uploaded before)
 * @param duplicateOf  set when the same content was already uploaded by the organization: no new
 *                     resume was created, screenings were requested for the given jobs
 * @param fileName     the file name as sent
 * @param mediaType    the type detected from the content
 * @param sizeBytes    size of the file
 * @param sha256       SHA-256 of the content
 * @param screeningIds one {@code jobId:resumeId} per requested job
 * @param links        where to follow the resume on query-api ({@code status}, {@code profile})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResumeResponse(
        String resumeId,
        String duplicateOf,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        List<String> screeningIds,
        Map<String, String> links) {}
