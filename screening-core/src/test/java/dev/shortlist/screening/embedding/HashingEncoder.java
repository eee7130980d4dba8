package dev.shortlist.screening.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A deterministic bag-of-words stand-in for the embedding model: texts sharing words are similar. */
public final class HashingEncoder implements SentenceEncoder {

    private static final int DIMENSIONS = 256;

    @Override
    public String modelVersion() {
        return "hashing-test";
    }

    /** Its cosines are read as MiniLM's, the default model the scorer's tests describe. */
    @Override
    public CosineCalibration calibration() {
        return EmbeddingModel.MINILM_L6_V2_Q.calibration();
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        for (String text : texts) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank");
            }
            float[] v = new float[DIMENSIONS];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
                }
            }
            vectors.add(Vectors.normalised(v));
        }
        return vectors;
    }
}
