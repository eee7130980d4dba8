package dev.shortlist.screening.embedding;

import java.util.List;
import java.util.Optional;

/**
 * Embeddings of one job revision: its title, its requirement sentences, and each skill
 * requirement (so a requirement worded differently from the resume can still match). Computed
 * once per job revision and model version.
 */
public record JobEmbeddings(String modelVersion, String jobId, int revision, List<EmbeddedChunk> chunks) {

    public static final String TITLE = "TITLE";
    public static final String REQUIREMENT = "REQUIREMENT";
    public static final String SKILL_PREFIX = "SKILL:";

    public JobEmbeddings {
        chunks = List.copyOf(chunks);
    }

    public Optional<EmbeddedChunk> title() {
        return chunks.stream().filter(c -> c.source().equals(TITLE)).findFirst();
    }

    /** Title and requirement sentences: what the resume as a whole is compared with. */
    public List<EmbeddedChunk> comparable() {
        return chunks.stream()
                .filter(c -> c.source().equals(TITLE) || c.source().equals(REQUIREMENT))
                .toList();
    }

    public Optional<EmbeddedChunk> skill(String requirementKey) {
        return chunks.stream()
                .filter(c -> c.source().equals(SKILL_PREFIX + requirementKey))
                .findFirst();
    }
}
