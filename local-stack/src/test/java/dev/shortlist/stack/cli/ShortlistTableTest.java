package dev.shortlist.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortlistTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScreeningReport report = new ScreeningReport(
            "JOB_1",
            "BATCH_1",
            json("{\"status\":\"COMPLETED_WITH_FAILURES\",\"succeeded\":2,\"failed\":1}"),
            json(
                    "{\"total\":2,\"items\":["
                            + "{\"rank\":1,\"resumeId\":\"R1\",\"score\":90.24,\"band\":\"STRONG\",\"matchedSkills\":[\"Java\",\"Kafka\",\"SQL\",\"Go\"],\"missingSkills\":[]},"
                            + "{\"rank\":2,\"resumeId\":\"R2\",\"score\":33.7,\"band\":\"WEAK\",\"matchedSkills\":[\"Java\"],\"missingSkills\":[\"Kafka\"]}]}"),
            json("[{\"fileName\":\"notes.exe\",\"reason\":\"UNSUPPORTED_TYPE\",\"detail\":\"not a document\"}]"),
            List.of(new ScreeningReport.FailedFile("scan.pdf", "R3", "NO_TEXT", "the PDF holds only images")),
            Map.of("R1", "priya.pdf", "R2", "sam.txt", "R3", "scan.pdf"));

    @Test
    void theTableRanksByFileNameAndNamesEveryFileThatWasNotScoredWithItsReason() {
        String table = render(report);

        assertThat(table).contains("Shortlist (2 scored, 1 failed):");
        assertThat(table.lines()
                        .filter(l -> l.matches("\\s+1\\s+priya\\.pdf\\s+90\\.2\\s+STRONG\\s+Java, Kafka, SQL\\s*")))
                .hasSize(1);
        assertThat(table.lines().filter(l -> l.matches("\\s+2\\s+sam\\.txt\\s+33\\.7\\s+WEAK\\s+Java\\s+Kafka")))
                .hasSize(1);
        assertThat(table).contains("Not scored (1):");
        assertThat(table.lines().filter(l -> l.matches("\\s+scan\\.pdf\\s+NO_TEXT\\s+the PDF holds only images")))
                .hasSize(1);
        assertThat(table.lines().filter(l -> l.matches("\\s+notes\\.exe\\s+UNSUPPORTED_TYPE\\s+not a document")))
                .hasSize(1);
    }

    @Test
    void aBatchWithoutFailuresPrintsNoFailureSection() {
        ScreeningReport clean = new ScreeningReport(
                "JOB_1",
                "BATCH_1",
                json("{\"succeeded\":2,\"failed\":0}"),
                report.ranking(),
                json("[]"),
                List.of(),
                report.fileNames());

        assertThat(render(clean)).doesNotContain("Not scored").doesNotContain("Rejected");
    }

    @Test
    void theJsonCarriesTheShortlistWithFileNamesAndTheFailures() {
        JsonNode root = ShortlistJson.of(report);

        assertThat(root.path("shortlist").get(0).path("fileName").asText()).isEqualTo("priya.pdf");
        assertThat(root.path("failed")).hasSize(1);
        assertThat(root.path("failed").get(0).path("fileName").asText()).isEqualTo("scan.pdf");
        assertThat(root.path("failed").get(0).path("reason").asText()).isEqualTo("NO_TEXT");
        assertThat(root.path("rejected").get(0).path("fileName").asText()).isEqualTo("notes.exe");
        assertThat(root.path("batch").path("status").asText()).isEqualTo("COMPLETED_WITH_FAILURES");
    }

    private static String render(ScreeningReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShortlistTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), report);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
