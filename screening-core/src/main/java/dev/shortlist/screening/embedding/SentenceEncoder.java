package dev.shortlist.screening.embedding;

import java.util.List;

/** Turns short texts into unit-length sentence embeddings. */
public interface SentenceEncoder {

    /** Model name and version, recorded on every result that used it. */
    String modelVersion();

    /** One unit-length vector per text, in order. Texts must not be blank. */
    List<float[]> encode(List<String> texts);

    /** The cosine levels the scorer reads this model's similarities with. */
    CosineCalibration calibration();
}
