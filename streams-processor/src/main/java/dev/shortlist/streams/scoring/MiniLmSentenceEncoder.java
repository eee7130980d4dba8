package dev.shortlist.streams.scoring;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-process all-MiniLM-L6-v2 (quantised) model shipped in its Maven artifact: no network.
 * It runs on the calling thread so callers decide the parallelism. Reads only ~126 tokens per
 * text: give it chunks from {@link TextChunker}.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    public static final String MODEL_VERSION = "all-minilm-l6-v2-q@1.20.0-beta30";

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

    @Override
    public String modelVersion() {
        return MODEL_VERSION;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("cannot embed blank text");
            }
            segments.add(TextSegment.from(text));
        }
        if (segments.isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = new ArrayList<>(segments.size());
        for (Embedding embedding : model.embedAll(segments).content()) {
            vectors.add(Vectors.normalised(embedding.vector()));
        }
        return vectors;
    }
}
