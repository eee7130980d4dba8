package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Follows a batch to its end through query-api and gathers what the user is shown: ranking and failures. */
final class BatchWatcher {

    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(30);
    /** Progress, scores and resumes are projected separately: how long to wait for the others to catch up. */
    private static final Duration PROJECTION_LAG = Duration.ofSeconds(30);

    private final ShortlistClient client;

    BatchWatcher(ShortlistClient client) {
        this.client = client;
    }

    static boolean finished(JsonNode batch) {
        return batch.path("status").asText().startsWith("COMPLETED");
    }

    /** Draws the progress bar from the batch's Server-Sent Events (polling when the stream ends early). */
    JsonNode awaitCompletion(String batchId, int total, PrintStream out) {
        ProgressBar bar = new ProgressBar(out, total);
        long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = client.followProgress(batchId, bar::update, BatchWatcher::finished, BATCH_TIMEOUT);
            if (last != null && finished(last)) {
                break;
            }
            // The stream ended early (batch not projected yet, or a restart): poll, then follow again.
            JsonNode polled = client.batch(batchId);
            if (polled != null) {
                bar.update(polled);
                if (finished(polled)) {
                    last = polled;
                    break;
                }
            }
            pause(Duration.ofMillis(500));
        }
        bar.done();
        if (last == null || !finished(last)) {
            throw new CliException(
                    "Batch " + batchId + " did not complete in " + BATCH_TIMEOUT.toMinutes() + " minutes");
        }
        return last;
    }

    /** The ranking's first {@code top} entries, once it holds every scored resume. */
    JsonNode awaitRanking(String jobId, int expected, int top) {
        long deadline = System.nanoTime() + PROJECTION_LAG.toNanos();
        JsonNode ranking = client.ranking(jobId, top);
        while (ranking.path("total").asLong() < expected && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(250));
            ranking = client.ranking(jobId, top);
        }
        return ranking;
    }

    /**
     * The accepted files that were not scored, with their reason: the screening's failure, made
     * precise by the resume's parse failure (NO_TEXT, ...) when parsing is what failed.
     */
    List<ScreeningReport.FailedFile> failures(String jobId, JsonNode done, Map<String, String> fileNames) {
        int expected = done.path("failed").asInt();
        List<ScreeningReport.FailedFile> failed = new ArrayList<>();
        if (expected == 0) {
            return failed;
        }
        long deadline = System.nanoTime() + PROJECTION_LAG.toNanos();
        while (true) {
            failed.clear();
            Set<String> scored = client.rankedIds(jobId, done.path("succeeded").asInt());
            for (Map.Entry<String, String> file : fileNames.entrySet()) {
                if (!scored.contains(file.getKey())) {
                    failure(jobId, file.getKey(), file.getValue()).ifPresent(failed::add);
                }
            }
            if (failed.size() >= expected || System.nanoTime() > deadline) {
                break;
            }
            pause(Duration.ofMillis(500));
        }
        failed.sort(Comparator.comparing(ScreeningReport.FailedFile::fileName));
        return failed;
    }

    private java.util.Optional<ScreeningReport.FailedFile> failure(String jobId, String resumeId, String fileName) {
        JsonNode screening = client.screening(jobId, resumeId);
        if (screening == null || !"FAILED".equals(screening.path("status").asText())) {
            return java.util.Optional.empty();
        }
        String reason = screening.path("failureReason").asText("");
        String detail = screening.path("failureDetail").asText("");
        JsonNode resume = client.resume(resumeId);
        if (resume != null && !resume.path("failureReason").asText("").isEmpty()) {
            reason = resume.path("failureReason").asText();
            detail = resume.path("failureDetail").asText(detail);
        }
        return java.util.Optional.of(new ScreeningReport.FailedFile(fileName, resumeId, reason, detail));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted");
        }
    }
}
