package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.resume.ChunkEmbedding;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.CandidateProfiles;
import dev.shortlist.screening.embedding.EmbeddedChunk;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.Vectors;
import dev.shortlist.streams.parsing.ResumeProfileMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Between the parsed-resume event and the scorer: the blind {@link CandidateProfile} of a parsed
 * resume, and the resume embeddings stored with it.
 */
public final class CandidateProfileMapper {

    private CandidateProfileMapper() {}

    /** The blind profile of a parsed resume, through the one derivation the tools use too. */
    public static CandidateProfile fromAvro(ResumeParsed parsed) {
        return CandidateProfiles.from(ResumeProfileMapper.factsOf(parsed));
    }

    /**
     * The embeddings the parse stage stored with the resume, when they were made by this model
     * (another model's vectors cannot be compared with this one's).
     */
    public static Optional<ResumeEmbeddings> embeddings(ResumeParsed parsed, String modelVersion) {
        if (parsed.getEmbeddingChunks().isEmpty() || !modelVersion.equals(parsed.getEmbeddingModel())) {
            return Optional.empty();
        }
        return Optional.of(new ResumeEmbeddings(
                modelVersion,
                parsed.getEmbeddingChunks().stream()
                        .map(c -> new EmbeddedChunk(c.getSource(), c.getText(), floats(c.getVector())))
                        .toList()));
    }

    /** Stores a resume's embeddings with it: each chunk, and their normalised mean for similarity search. */
    public static void attach(ResumeParsed parsed, ResumeEmbeddings embeddings) {
        List<ChunkEmbedding> chunks = embeddings.chunks().stream()
                .map(c -> new ChunkEmbedding(c.source(), c.text(), boxed(c.vector())))
                .toList();
        parsed.setEmbeddingChunks(chunks);
        parsed.setEmbeddingModel(chunks.isEmpty() ? null : embeddings.modelVersion());
        parsed.setEmbedding(chunks.isEmpty() ? null : boxed(Vectors.normalised(mean(embeddings.chunks()))));
    }

    private static float[] mean(List<EmbeddedChunk> chunks) {
        float[] sum = new float[chunks.get(0).vector().length];
        for (EmbeddedChunk chunk : chunks) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += chunk.vector()[i];
            }
        }
        return sum;
    }

    private static float[] floats(List<Float> values) {
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = values.get(i);
        }
        return vector;
    }

    private static List<Float> boxed(float[] vector) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add(v);
        }
        return values;
    }
}
