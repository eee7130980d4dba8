package dev.shortlist.screening.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * The sentence-embedding models Shortlist can run offline: each is an ONNX file and a tokenizer
 * shipped inside a {@code langchain4j-embeddings-*} Maven artifact, with the pooling the model was
 * trained for, the longest input it reads, and the cosine levels the scorer uses with it (each
 * model spreads cosines differently, so thresholds are per model).
 */
public enum EmbeddingModel {

    /**
     * all-MiniLM-L6-v2, quantised: 6 layers, reads 128 tokens. Title cosines measured: related but
     * different occupations 0.55-0.70 ("Aircraft Mechanic" against "Automotive Service Technicians and
     * Mechanics" 0.57, "Graphic Designer" against "Fashion Designers" 0.67), the same occupation in
     * other words higher ("Automotive Technician" 0.84, "Attorney" against "Lawyers" 0.79).
     */
    MINILM_L6_V2_Q(
            "all-minilm-l6-v2-q@1.20.0-beta30",
            AllMiniLmL6V2QuantizedEmbeddingModel.class,
            "/all-minilm-l6-v2-q.onnx",
            "/all-minilm-l6-v2-q-tokenizer.json",
            Pooling.MEAN,
            128,
            new CosineCalibration(0.55, 0.45, 0.70, 0.15, 0.60, 0.40, 0.95, 0.03, 0.20)),

    /**
     * BGE-small-en-v1.5, quantised: 12 layers, reads 512 tokens, CLS pooling; about twice the CPU of
     * MiniLM per chunk (docs/scoring.md). Its cosines sit
     * higher and closer together (unrelated texts 0.47-0.64 where MiniLM gives 0.10-0.42), so its
     * levels are MiniLM's moved to the same quantile of cosines over 8,296 resume and job chunks
     * (MiniLM 0.55 ≙ 0.71, 0.40 ≙ 0.63, 0.15 ≙ 0.50); the typical backgrounds are re-measured medians.
     */
    BGE_SMALL_EN_V15_Q(
            "bge-small-en-v1.5-q@1.20.0-beta30",
            BgeSmallEnV15QuantizedEmbeddingModel.class,
            "/bge-small-en-v1.5-q.onnx",
            "/bge-small-en-v1.5-q-tokenizer.json",
            Pooling.CLS,
            512,
            new CosineCalibration(0.71, 0.66, 0.79, 0.50, 0.73, 0.63, 0.958, 0.02, 0.18));

    /** How token vectors become one sentence vector. */
    public enum Pooling {
        MEAN,
        CLS
    }

    private final String version;
    private final Class<?> artifactAnchor;
    private final String modelResource;
    private final String tokenizerResource;
    private final Pooling pooling;
    private final int maxTokens;
    private final CosineCalibration calibration;

    EmbeddingModel(
            String version,
            Class<?> artifactAnchor,
            String modelResource,
            String tokenizerResource,
            Pooling pooling,
            int maxTokens,
            CosineCalibration calibration) {
        this.version = version;
        this.artifactAnchor = artifactAnchor;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.maxTokens = maxTokens;
        this.calibration = calibration;
    }

    public String version() {
        return version;
    }

    Class<?> artifactAnchor() {
        return artifactAnchor;
    }

    String modelResource() {
        return modelResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    Pooling pooling() {
        return pooling;
    }

    /** Longest input in tokens, the two special tokens included; the tokenizer cuts the rest. */
    public int maxTokens() {
        return maxTokens;
    }

    public CosineCalibration calibration() {
        return calibration;
    }
}
