package dev.shortlist.screening.embedding;

import java.util.List;
import java.util.Optional;

/**
 * Embeddings of one resume, computed once per resume and model version and reused for every
 * job it is scored against; they travel with the parsed resume.
 */
public record ResumeEmbeddings(String modelVersion, List<EmbeddedChunk> chunks) {

    public static final String TITLE = "TITLE";

    public ResumeEmbeddings {
        chunks = List.copyOf(chunks);
    }

    /** The chunk of recent titles, when the resume has any. */
    public Optional<EmbeddedChunk> titles() {
        return chunks.stream().filter(c -> c.source().equals(TITLE)).findFirst();
    }
}
