package dev.shortlist.streams.scoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Compact binary form of embeddings, for caches and state stores. */
public final class EmbeddingCodec {

    private static final int FORMAT = 1;

    private EmbeddingCodec() {
    }

    public static byte[] write(ResumeEmbeddings embeddings) {
        return write(embeddings.modelVersion(), "", 0, embeddings.chunks());
    }

    public static ResumeEmbeddings readResume(byte[] bytes) {
        Decoded decoded = read(bytes);
        return new ResumeEmbeddings(decoded.modelVersion, decoded.chunks);
    }

    public static byte[] write(JobEmbeddings embeddings) {
        return write(embeddings.modelVersion(), embeddings.jobId(), embeddings.revision(), embeddings.chunks());
    }

    public static JobEmbeddings readJob(byte[] bytes) {
        Decoded decoded = read(bytes);
        return new JobEmbeddings(decoded.modelVersion, decoded.id, decoded.revision, decoded.chunks);
    }

    private record Decoded(String modelVersion, String id, int revision, List<EmbeddedChunk> chunks) {
    }

    private static byte[] write(String modelVersion, String id, int revision, List<EmbeddedChunk> chunks) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(modelVersion);
            out.writeUTF(id == null ? "" : id);
            out.writeInt(revision);
            out.writeInt(chunks.size());
            for (EmbeddedChunk chunk : chunks) {
                out.writeUTF(chunk.source());
                writeLongString(out, chunk.text());
                out.writeInt(chunk.vector().length);
                for (float v : chunk.vector()) {
                    out.writeFloat(v);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Decoded read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown embeddings format " + format);
            }
            String modelVersion = in.readUTF();
            String id = in.readUTF();
            int revision = in.readInt();
            int count = in.readInt();
            List<EmbeddedChunk> chunks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String source = in.readUTF();
                String text = readLongString(in);
                float[] vector = new float[in.readInt()];
                for (int j = 0; j < vector.length; j++) {
                    vector[j] = in.readFloat();
                }
                chunks.add(new EmbeddedChunk(source, text, vector));
            }
            return new Decoded(modelVersion, id, revision, chunks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLongString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
