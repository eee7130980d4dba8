package dev.shortlist.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The evaluation data beside the checkout ({@code ../shared/data}, or {@code -Dshortlist.data.dir}). */
final class SharedData {

    private SharedData() {}

    static Path dir() {
        String configured = System.getProperty("shortlist.data.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path repository = Path.of(System.getProperty("shortlist.repo", ".."))
                .toAbsolutePath()
                .normalize();
        return repository.resolveSibling("shared").resolve("data");
    }

    static Path resumes() {
        return dir().resolve("resumes-livecareer");
    }

    static boolean present() {
        return Files.isDirectory(resumes());
    }

    /** The first {@code perCategory} PDFs of every category, in a stable order. */
    static List<Path> pdfs(int perCategory) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> categories = Files.list(resumes())) {
            for (Path category : categories.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> pdfs = Files.list(category)) {
                    pdfs.filter(p -> p.toString().endsWith(".pdf"))
                            .sorted(Comparator.comparing(Path::toString))
                            .limit(perCategory)
                            .forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
