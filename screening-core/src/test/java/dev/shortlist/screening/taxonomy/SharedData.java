package dev.shortlist.screening.taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation data lives: {@code ../shared/data} next to the repository root
 * (the directory holding {@code mvnw}), or the {@code shortlist.data.dir} system property.
 */
public final class SharedData {

    private SharedData() {}

    public static Path dir() {
        String configured = System.getProperty("shortlist.data.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
        return root.resolve("../shared/data").normalize();
    }
}
