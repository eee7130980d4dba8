package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints the ranked shortlist as a fixed-width table, then the files that were not scored and why. */
final class ShortlistTable {

    private ShortlistTable() {}

    static void print(PrintStream out, ScreeningReport report) {
        JsonNode batch = report.batch();
        out.printf(
                "%nShortlist (%d scored, %d failed):%n",
                batch.path("succeeded").asInt(), batch.path("failed").asInt());
        out.printf(
                "%4s  %-32s %5s  %-8s %-36s %s%n", "rank", "candidate", "score", "band", "top matched", "top missing");
        for (JsonNode item : report.ranking().path("items")) {
            out.printf(
                    "%4d  %-32s %5.1f  %-8s %-36s %s%n",
                    item.path("rank").asInt(),
                    clip(report.fileName(item.path("resumeId").asText()), 32),
                    item.path("score").asDouble(),
                    item.path("band").asText(),
                    clip(String.join(", ", firstThree(item.path("matchedSkills"))), 36),
                    clip(String.join(", ", firstThree(item.path("missingSkills"))), 40));
        }
        if (report.ranking().path("items").isEmpty()) {
            out.println("  (no candidate could be scored)");
        }
        if (!report.failed().isEmpty()) {
            out.printf("%nNot scored (%d):%n", report.failed().size());
            for (ScreeningReport.FailedFile failed : report.failed()) {
                out.printf("  %-46s %-16s %s%n", failed.fileName(), failed.reason(), failed.detail());
            }
        }
        if (!report.rejected().isEmpty()) {
            out.printf("%nRejected at upload (%d):%n", report.rejected().size());
            for (JsonNode rejected : report.rejected()) {
                out.printf(
                        "  %-46s %-16s %s%n",
                        rejected.path("fileName").asText(),
                        rejected.path("reason").asText(),
                        rejected.path("detail").asText());
            }
        }
    }

    private static List<String> firstThree(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (values.size() == 3) {
                break;
            }
            values.add(value.asText());
        }
        return values;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
