package dev.shortlist.e2e.hostile;

import java.util.Map;

/**
 * One generated file of the hostile corpus.
 *
 * @param name     the file name sent in the multipart request (its extension may lie on purpose)
 * @param kind     what attack it is
 * @param content  its bytes
 * @param outcomes expected outcome per name the batch reports: the file's own name, or for an
 *                 archive the entries as {@code archive.zip!/entry}
 */
public record HostileFile(String name, Kind kind, byte[] content, Map<String, Expected> outcomes) {

    public HostileFile {
        outcomes = Map.copyOf(outcomes);
    }

    HostileFile(String name, Kind kind, byte[] content) {
        this(name, kind, content, Map.of(name, kind.expected()));
    }

    @Override
    public String toString() {
        return name + " (" + kind + ", " + content.length + " bytes)";
    }
}
