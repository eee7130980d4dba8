package dev.shortlist.screening.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link EmbeddingModel} (an ONNX file and tokenizer shipped in a Maven artifact)
 * in-process through ONNX Runtime: no network.
 *
 * <p>The session runs each text on the calling thread alone (one intra-op thread, no spinning), so
 * callers decide the parallelism and an idle inference pool never burns a core waiting for work;
 * the artifacts' own wrappers use a pool as wide as the machine and tokenise every text three
 * times, which cost twice the CPU per text for the same vectors. Texts are embedded one at a time:
 * the quantised models scale their activations per batch, so padding a batch changes the vectors.
 * The tokenizer keeps the first {@link EmbeddingModel#maxTokens()} tokens and drops the rest: give
 * it chunks from {@link TextChunker}.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private final EmbeddingModel model;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;

    public OnnxSentenceEncoder(EmbeddingModel model) {
        this.model = model;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            try (InputStream onnx = resource(model.modelResource())) {
                this.session = environment.createSession(onnx.readAllBytes(), options);
            }
            this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + model.version(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + model.version(), e);
        }
        try (InputStream json = resource(model.tokenizerResource())) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    json,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(model.maxTokens())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer of " + model.version(), e);
        }
    }

    private InputStream resource(String name) {
        InputStream stream = model.artifactAnchor().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is missing from the artifact of " + model.version());
        }
        return stream;
    }

    @Override
    public String modelVersion() {
        return model.version();
    }

    @Override
    public CosineCalibration calibration() {
        return model.calibration();
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("cannot embed blank text");
            }
            vectors.add(embed(text));
        }
        return vectors;
    }

    private float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[][] ids = {encoding.getIds()};
        long[][] mask = {encoding.getAttentionMask()};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, new long[][] {new long[ids[0].length]});
                OrtSession.Result result = session.run(
                        takesTokenTypes
                                ? Map.of(
                                        "input_ids",
                                        idTensor,
                                        "attention_mask",
                                        maskTensor,
                                        "token_type_ids",
                                        typeTensor)
                                : Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
            float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
            return Vectors.normalised(
                    switch (model.pooling()) {
                        case MEAN -> meanOf(tokens);
                        case CLS -> tokens[0].clone();
                    });
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a text of " + ids[0].length + " tokens", e);
        }
    }

    private static float[] meanOf(float[][] tokens) {
        float[] mean = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += token[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= tokens.length;
        }
        return mean;
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the embedding model session", e);
        }
    }
}
