package dev.shortlist.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the ranked shortlist as a fixed-width table. */
final class ShortlistTable {

    private ShortlistTable() {
    }

    static void print(PrintStream out, JsonNode ranking, Map<String, String> fileNames, JsonNode batch) {
        out.printf("%nShortlist (%d scored, %d failed):%n", batch.path("succeeded").asInt(), batch.path("failed").asInt());
        out.printf("%4s  %-32s %5s  %-8s %-36s %s%n", "rank", "candidate", "score", "band", "top matched", "top missing");
        for (JsonNode item : ranking.path("items")) {
            String resumeId = item.path("resumeId").asText();
            out.printf("%4d  %-32s %5.1f  %-8s %-36s %s%n",
                    item.path("rank").asInt(),
                    clip(fileNames.getOrDefault(resumeId, resumeId), 32),
                    item.path("score").asDouble(),
                    item.path("band").asText(),
                    clip(String.join(", ", firstThree(item.path("matchedSkills"))), 36),
                    clip(String.join(", ", firstThree(item.path("missingSkills"))), 40));
        }
        if (ranking.path("items").isEmpty()) {
            out.println("  (no candidate could be scored)");
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
