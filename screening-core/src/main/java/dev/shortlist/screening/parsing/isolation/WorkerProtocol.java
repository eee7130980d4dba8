package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.FailureReason;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The length-prefixed binary protocol between the pool and a worker, over the worker's stdin and
 * stdout. Worker → pool: {@link #READY} once, then one answer per request. Pool → worker: a
 * document as {@code int length, bytes}; end of stream (or a negative length) asks the worker to exit.
 * Text travels as UTF-16 code units so that it arrives exactly as extracted, lone surrogates included.
 */
final class WorkerProtocol {

    /** Written once the worker has built its parser. */
    static final int READY = 0x534C5752;

    private static final byte TEXT = 'T';
    private static final byte FAILURE = 'F';
    private static final int MAX_DETAIL = 2_000;

    private WorkerProtocol() {}

    static void writeDocument(DataOutputStream out, byte[] document) throws IOException {
        out.writeInt(document.length);
        out.write(document);
        out.flush();
    }

    /** The next document, or null when the pool closed the stream. */
    static byte[] readDocument(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (java.io.EOFException e) {
            return null;
        }
        if (length < 0) {
            return null;
        }
        byte[] document = in.readNBytes(length);
        return document.length == length ? document : null;
    }

    static void writeExtraction(DataOutputStream out, Extraction extraction) throws IOException {
        if (extraction instanceof Extraction.Text text) {
            out.writeByte(TEXT);
            out.writeUTF(text.mediaType());
            String value = text.text();
            out.writeInt(value.length());
            byte[] units = new byte[value.length() * 2];
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                units[2 * i] = (byte) (c >>> 8);
                units[2 * i + 1] = (byte) c;
            }
            out.write(units);
        } else {
            Extraction.Failure failure = (Extraction.Failure) extraction;
            out.writeByte(FAILURE);
            out.writeUTF(failure.reason().name());
            String detail = failure.detail();
            out.writeUTF(detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
        }
        out.flush();
    }

    /**
     * Reads one answer.
     *
     * @param maxChars the most characters a worker may send; more means the stream is not our protocol
     */
    static Extraction readExtraction(DataInputStream in, int maxChars) throws IOException {
        byte kind = in.readByte();
        if (kind == TEXT) {
            String mediaType = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > maxChars) {
                throw new IOException("the worker announced " + length + " characters, outside the protocol");
            }
            byte[] units = in.readNBytes(length * 2);
            if (units.length != length * 2) {
                throw new java.io.EOFException("the worker's answer ended early");
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) (((units[2 * i] & 0xFF) << 8) | (units[2 * i + 1] & 0xFF));
            }
            return new Extraction.Text(new String(chars), mediaType);
        }
        if (kind == FAILURE) {
            FailureReason reason = FailureReason.valueOf(in.readUTF());
            return new Extraction.Failure(reason, in.readUTF());
        }
        throw new IOException("the worker answered with an unknown kind " + kind);
    }
}
