package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shortlist.screening.taxonomy.Taxonomies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parses 50 real resumes (every 40th of the livecareer corpus, so all categories) and checks the
 * parse-rate and dated-experience floors. Skips when the evaluation data is absent.
 */
class LivecareerCorpusTest {

    private static final int SAMPLE = 50;

    @Test
    void realResumesParseWithDatedExperience() throws IOException {
        Path corpus = dataDir().resolve("resumes-livecareer");
        assumeTrue(
                Files.isRegularFile(corpus.resolve("manifest.csv")),
                "Evaluation data not found at " + corpus.toAbsolutePath()
                        + " (set -Dshortlist.data.dir=... to point at shared/data); skipping the real-resume check");
        List<String> rows = Files.readAllLines(corpus.resolve("manifest.csv"));
        List<Path> files = new ArrayList<>();
        int step = Math.max(1, (rows.size() - 1) / SAMPLE);
        for (int i = 1; i < rows.size() && files.size() < SAMPLE; i += step) {
            files.add(corpus.resolve(rows.get(i).split(",")[2].strip()));
        }

        int parsed = 0;
        int dated = 0;
        List<String> failures = new ArrayList<>();
        try (ResumeParser parser = new ResumeParser(ParserSettings.defaults(), Taxonomies.curated())) {
            for (Path file : files) {
                ParseOutcome outcome = parser.parse(Files.readAllBytes(file), LocalDate.of(2026, 11, 23));
                if (outcome instanceof ParseOutcome.Parsed p) {
                    parsed++;
                    dated += p.profile().datedExperience().isEmpty() ? 0 : 1;
                } else {
                    failures.add(file.getFileName() + " " + ((ParseOutcome.Failed) outcome).reason());
                }
            }
        }

        assertThat(files).hasSize(SAMPLE);
        // At most one document of the sample may be unreadable (the corpus holds image-only PDFs).
        assertThat(failures)
                .as("failures")
                .hasSizeLessThanOrEqualTo(1)
                .allSatisfy(f -> assertThat(f).endsWith("NO_TEXT"));
        assertThat((double) dated / parsed).as("share with dated experience").isGreaterThanOrEqualTo(0.90);
    }

    /** {@code shortlist.data.dir}, else {@code ../shared/data} beside the repository root. */
    static Path dataDir() {
        String configured = System.getProperty("shortlist.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path root = dir != null ? dir : Path.of("").toAbsolutePath();
        return root.resolve("../shared/data").normalize();
    }
}
