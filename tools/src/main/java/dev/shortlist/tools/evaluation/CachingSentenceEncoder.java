package dev.shortlist.tools.evaluation;

import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vector of every text on disk (an append-only file per model), so a rerun of
 * the evaluation only embeds chunks it has not seen.
 */
final class CachingSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private final SentenceEncoder delegate;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final DataOutputStream out;

    CachingSentenceEncoder(SentenceEncoder delegate, Path file) throws IOException {
        this.delegate = delegate;
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                while (true) {
                    String text = in.readUTF();
                    float[] vector = new float[in.readInt()];
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] = in.readFloat();
                    }
                    vectors.put(text, vector);
                }
            } catch (EOFException endOfCache) {
                // A run stopped mid-write leaves at most one partial record at the end.
            }
        }
        out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
    }

    int size() {
        return vectors.size();
    }

    @Override
    public String modelVersion() {
        return delegate.modelVersion();
    }

    @Override
    public CosineCalibration calibration() {
        return delegate.calibration();
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<String> misses =
                texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
        if (!misses.isEmpty()) {
            List<float[]> fresh = delegate.encode(misses);
            synchronized (out) {
                try {
                    for (int i = 0; i < misses.size(); i++) {
                        vectors.put(misses.get(i), fresh.get(i));
                        out.writeUTF(misses.get(i));
                        out.writeInt(fresh.get(i).length);
                        for (float v : fresh.get(i)) {
                            out.writeFloat(v);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(t -> result.add(vectors.get(t)));
        return result;
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
