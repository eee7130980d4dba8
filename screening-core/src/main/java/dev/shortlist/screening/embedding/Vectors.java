package dev.shortlist.screening.embedding;

/** Small vector helpers for unit-length embeddings. */
public final class Vectors {

    private Vectors() {}

    public static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return result;
    }

    /** Cosine similarity of two unit-length vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
