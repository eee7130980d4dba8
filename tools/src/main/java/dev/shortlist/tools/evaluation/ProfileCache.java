package dev.shortlist.tools.evaluation;

import dev.shortlist.screening.candidate.CandidateProfile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Parsed profiles of earlier runs, one file per parser version, taxonomy and reference date. */
final class ProfileCache {

    private final Path file;

    ProfileCache(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    @SuppressWarnings("unchecked")
    Map<String, CandidateProfile> read() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return (Map<String, CandidateProfile>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // A cache written by other classes is rebuilt, never trusted.
            System.err.println("Ignoring unreadable profile cache " + file + ": " + e);
            return Map.of();
        }
    }

    void write(Map<String, CandidateProfile> profiles) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(new TreeMap<>(profiles));
        }
    }
}
