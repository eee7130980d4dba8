package dev.shortlist.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client sends: malformed multipart, a body
 * shorter than its {@code Content-Length}, a 100 MB body the server may refuse before it has read
 * it. The body is written on its own thread, so an early answer is read even while the server
 * stops reading (a write that fails then is expected and ignored).
 */
final class RawHttp {

    /**
     * What came back.
     *
     * @param status   the status code, or -1 when the connection ended (or the wait ran out) without an answer
     * @param headers  response headers, names lower-case
     * @param body     the body (chunked transfer decoded)
     * @param elapsed  from the last byte written to the end of the answer (or of the connection)
     * @param timedOut whether the server neither answered nor closed within the read timeout
     */
    record Answer(int status, Map<String, String> headers, String body, Duration elapsed, boolean timedOut) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {}

    /**
     * Sends {@code head} (request line and headers, ending with the blank line) and then {@code body},
     * and reads the answer, waiting at most {@code readTimeout} for each read.
     */
    static Answer exchange(int port, String head, InputStream body, Duration readTimeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) readTimeout.toMillis());
            long[] lastWrite = {System.nanoTime()};
            Thread writer = new Thread(
                    () -> {
                        try {
                            OutputStream out = socket.getOutputStream();
                            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                            byte[] buffer = new byte[64 * 1024];
                            for (int n; (n = body.read(buffer, 0, buffer.length)) > 0; ) {
                                out.write(buffer, 0, n);
                                out.flush();
                                lastWrite[0] = System.nanoTime();
                            }
                        } catch (IOException expected) {
                            // The server answered and closed before reading everything: the answer says why.
                        }
                    },
                    "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            boolean timedOut = readAll(socket.getInputStream(), response);
            long end = System.nanoTime();
            long from = Math.min(lastWrite[0], end);
            return parse(response.toByteArray(), Duration.ofNanos(end - from), timedOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until the answer is complete or the server closes; true when the read timeout ran out first. */
    private static boolean readAll(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (complete(out.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException reset) {
            // A reset after (or instead of) the answer: keep what was read.
        }
        return false;
    }

    /** Whether the bytes hold a whole answer (headers and a body of its declared length or final chunk). */
    private static boolean complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
        int length = head.indexOf("content-length:");
        if (length >= 0) {
            int lineEnd = head.indexOf("\r\n", length);
            int declared = Integer.parseInt(head.substring(length + 15, lineEnd < 0 ? head.length() : lineEnd)
                    .trim());
            return bytes.length >= headEnd + 4 + declared;
        }
        if (head.contains("transfer-encoding: chunked")) {
            return text.endsWith("\r\n0\r\n\r\n") || text.substring(headEnd + 4).startsWith("0\r\n\r\n");
        }
        return false;
    }

    private static Answer parse(byte[] bytes, Duration elapsed, boolean timedOut) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || headEnd < 0) {
            return new Answer(-1, Map.of(), text, elapsed, timedOut);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        String body = text.substring(headEnd + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(
                status,
                headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                elapsed,
                timedOut);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.append(chunked, start, Math.min(chunked.length(), start + size));
            at = start + size + 2;
        }
        return body.toString();
    }

    /** {@code size} bytes of filler, generated as they are read. */
    static InputStream filler(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }

    /** A stream that yields its bytes and then blocks without ending, like a client that stalls mid-body. */
    static InputStream stalling(byte[] bytes, Duration stall) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (at < bytes.length) {
                    int n = Math.min(length, bytes.length - at);
                    System.arraycopy(bytes, at, buffer, offset, n);
                    at += n;
                    return n;
                }
                // Hold the connection open (the writer thread parks here) until the reader is done.
                java.util.concurrent.locks.LockSupport.parkNanos(stall.toNanos());
                return -1;
            }
        };
    }
}
