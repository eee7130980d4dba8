package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What one {@code screen} run found, for the table and the JSON output.
 *
 * @param batch the batch's final progress (status and counts)
 * @param ranking the ranking page printed (best first)
 * @param rejected files ingest refused at upload (its {@code rejected} entries)
 * @param failed files accepted but not scored, with the reason
 * @param fileNames file name by resume id
 */
record ScreeningReport(
        String jobId,
        String batchId,
        JsonNode batch,
        JsonNode ranking,
        JsonNode rejected,
        List<FailedFile> failed,
        Map<String, String> fileNames) {

    /** A file that was uploaded but could not be scored: the parse or scoring failure reason and its detail. */
    record FailedFile(String fileName, String resumeId, String reason, String detail) {}

    String fileName(String resumeId) {
        return fileNames.getOrDefault(resumeId, resumeId);
    }
}
