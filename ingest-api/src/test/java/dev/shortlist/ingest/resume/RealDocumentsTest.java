package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hostile-content checks with the default limits must let real resumes through: the
 * repository's examples (every accepted format) and, when present, the 2,000 PDFs of the
 * evaluation corpus.
 */
class RealDocumentsTest {

    private final ContentInspector types = new ContentInspector();
    private final ContainerInspector containers =
            new ContainerInspector(new ContainerInspector.Limits(1000, 100L << 20, 100, 10L << 20, 3));

    private List<String> refused(List<Path> files) throws IOException {
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            ContentInspector.Inspection inspection = types.inspect(content);
            if (inspection.kind() != ContentInspector.Kind.DOCUMENT) {
                refused.add(file.getFileName() + ": " + inspection);
                continue;
            }
            ResumeIntake.Rejected rejected =
                    containers.check(file.getFileName().toString(), content, inspection.mediaType(), 1);
            if (rejected != null) {
                refused.add(file.getFileName() + ": " + rejected.reason() + " " + rejected.detail());
            }
        }
        return refused;
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyExampleResumePassesTheChecks() throws Exception {
        List<Path> examples = files(repository().resolve("examples/resumes"), "");
        examples = examples.stream().filter(Files::isRegularFile).toList();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(24);
        assertThat(refused(examples)).isEmpty();
    }

    @Test
    void theCorpusPdfsPassTheChecks() throws Exception {
        String configured = System.getProperty("shortlist.data.dir");
        Path corpus = (configured != null
                        ? Path.of(configured)
                        : repository().resolveSibling("shared").resolve("data"))
                .resolve("resumes-livecareer");
        Assumptions.assumeTrue(
                Files.isDirectory(corpus),
                "Skipping: no evaluation data at " + corpus + " (set -Dshortlist.data.dir to locate it)");
        List<Path> pdfs = files(corpus, ".pdf");

        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(refused(pdfs)).isEmpty();
    }
}
