package dev.shortlist.stack.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Health checks and waiting on them. */
public final class Probes {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Probes() {}

    /** Whether something accepts TCP connections on 127.0.0.1:{@code port}. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int httpStatus(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Polls {@code healthy} until it holds. Fails early when {@code process} (if any) has exited,
     * quoting the end of its log, and after {@code timeout}.
     */
    public static void await(String what, Duration timeout, BooleanSupplier healthy, ChildProcess process) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!healthy.getAsBoolean()) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited before it became healthy; end of " + process.logFile()
                        + ":" + System.lineSeparator() + process.logTail(40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " not healthy after " + timeout.toSeconds() + " s"
                        + (process == null
                                ? ""
                                : "; end of " + process.logFile() + ":" + System.lineSeparator()
                                        + process.logTail(40)));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
