package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code --json} form of a screening: the batch, the ranked shortlist with file names, failures and rejections. */
final class ShortlistJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShortlistJson() {}

    static ObjectNode of(ScreeningReport report) {
        ObjectNode root = JSON.createObjectNode().put("jobId", report.jobId()).put("batchId", report.batchId());
        root.set("batch", report.batch());
        ArrayNode items = root.putArray("shortlist");
        for (JsonNode item : report.ranking().path("items")) {
            ObjectNode copy = item.deepCopy();
            copy.put("fileName", report.fileName(item.path("resumeId").asText()));
            items.add(copy);
        }
        ArrayNode failed = root.putArray("failed");
        for (ScreeningReport.FailedFile file : report.failed()) {
            failed.addObject()
                    .put("fileName", file.fileName())
                    .put("resumeId", file.resumeId())
                    .put("reason", file.reason())
                    .put("detail", file.detail());
        }
        root.set("rejected", report.rejected().deepCopy());
        return root;
    }
}
