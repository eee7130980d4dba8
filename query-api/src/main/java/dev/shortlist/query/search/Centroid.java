package dev.shortlist.query.search;

import java.util.List;
import java.util.Optional;

/**
 * The mean direction of a set of embeddings: the average of the L2-normalised vectors, normalised
 * again, so that cosine similarity to it ranks what is close to the set as a whole. Vectors of
 * another dimension than the first are ignored.
 */
public final class Centroid {

    private Centroid() {}

    public static Optional<float[]> of(List<List<Float>> vectors) {
        int dims = vectors.stream()
                .filter(v -> v != null && !v.isEmpty())
                .findFirst()
                .map(List::size)
                .orElse(0);
        if (dims == 0) {
            return Optional.empty();
        }
        double[] sum = new double[dims];
        int used = 0;
        for (List<Float> vector : vectors) {
            if (vector == null || vector.size() != dims) {
                continue;
            }
            double norm = Math.sqrt(vector.stream().mapToDouble(x -> x * x).sum());
            if (norm == 0) {
                continue;
            }
            for (int i = 0; i < dims; i++) {
                sum[i] += vector.get(i) / norm;
            }
            used++;
        }
        double norm = Math.sqrt(java.util.Arrays.stream(sum).map(x -> x * x).sum());
        if (used == 0 || norm == 0) {
            return Optional.empty();
        }
        float[] centroid = new float[dims];
        for (int i = 0; i < dims; i++) {
            centroid[i] = (float) (sum[i] / norm);
        }
        return Optional.of(centroid);
    }
}
