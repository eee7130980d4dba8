package dev.shortlist.screening.scoring;

import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.EmbeddedChunk;
import dev.shortlist.screening.embedding.Vectors;
import dev.shortlist.screening.requirements.RequirementKind;
import java.util.List;
import java.util.Locale;

/**
 * The semantic category: how close the resume's chunks are in meaning to the job's title and
 * requirement sentences, in both directions.
 */
final class SemanticFit {

    private SemanticFit() {}

    static void score(Scoring s) {
        List<EmbeddedChunk> queries = s.jobEmbeddings.comparable();
        double sum = 0;
        for (EmbeddedChunk query : queries) {
            sum += s.bestChunk(query).map(Scoring.Best::cosine).orElse(0.0);
        }
        double mean = sum / queries.size();
        // Both directions: how well the resume covers the job, and how much of the resume is about it.
        List<EmbeddedChunk> chunks = s.resumeEmbeddings.chunks();
        if (!chunks.isEmpty()) {
            double back = 0;
            for (EmbeddedChunk chunk : chunks) {
                double best = 0;
                for (EmbeddedChunk query : queries) {
                    best = Math.max(best, Vectors.cosine(query.vector(), chunk.vector()));
                }
                back += best;
            }
            mean = 0.5 * mean + 0.5 * back / chunks.size();
        }
        CosineCalibration cosines = s.cosines;
        double score =
                Scoring.clamp((mean - cosines.semanticFloor()) / (cosines.semanticCeiling() - cosines.semanticFloor()));
        s.score(
                RequirementKind.SEMANTIC,
                score,
                String.format(
                        Locale.ROOT,
                        "Mean best similarity between the job's title and %d requirement sentences and the resume's chunks, both ways: %.2f.",
                        queries.size() - (s.jobEmbeddings.title().isPresent() ? 1 : 0),
                        mean));
    }
}
