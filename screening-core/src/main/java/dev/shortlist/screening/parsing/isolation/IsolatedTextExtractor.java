package dev.shortlist.screening.parsing.isolation;

import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.FailureReason;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.TextExtractor;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts text in a supervised pool of worker processes ({@link ExtractionWorker}), so untrusted
 * bytes are never parsed on the caller's heap. Each worker has a hard heap cap (an out-of-memory
 * error ends the process) and a wall-clock limit per document (on overrun it is killed); a worker
 * that dies fails its document with a typed reason and is replaced in the background while the
 * others keep extracting. At most {@code workers + queue} documents are admitted at once; callers
 * beyond that fail at once. Documents that killed a worker are remembered in a {@link Quarantine}.
 * Thread-safe; close to stop the workers.
 */
public final class IsolatedTextExtractor implements TextExtractor {

    private static final System.Logger LOG = System.getLogger(IsolatedTextExtractor.class.getName());

    /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    /** Exit status of a process killed by SIGKILL (128 + 9): us on a timeout, or the kernel's OOM killer. */
    private static final int KILLED_EXIT = 137;

    /** How long the worker's own cooperative time limit trails the pool's hard one: it is only a backstop. */
    private static final Duration BACKSTOP = Duration.ofSeconds(5);

    private final ParserSettings parser;
    private final IsolationSettings settings;
    private final WorkerCommand command;
    private final Quarantine quarantine;
    private final LinkedBlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> alive = ConcurrentHashMap.newKeySet();
    private final Semaphore admission;
    private final ScheduledExecutorService supervisor;
    private final AtomicInteger starts = new AtomicInteger();
    private volatile boolean closed;

    /**
     * Starts {@code settings.workers()} worker processes in the background.
     *
     * @param parser     the limits the workers apply (bytes, characters, PDF reading order)
     * @param quarantine where documents that killed a worker are remembered ({@link Quarantine#NONE} to forget)
     */
    public IsolatedTextExtractor(
            ParserSettings parser, IsolationSettings settings, WorkerCommand command, Quarantine quarantine) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.command = Objects.requireNonNull(command, "command");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.admission = new Semaphore(settings.workers() + settings.queue());
        AtomicInteger threads = new AtomicInteger();
        this.supervisor = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "extraction-supervisor-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < settings.workers(); i++) {
            supervisor.execute(this::startWorker);
        }
    }

    /** Waits until every worker is ready; throws when they do not start in time (a wrong command, say). */
    public IsolatedTextExtractor awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (idle.size() < settings.workers()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + idle.size() + " of " + settings.workers()
                        + " extraction workers started within " + limit.toMillis() + " ms (command: "
                        + commandLine(0) + ")");
            }
            synchronized (idle) {
                try {
                    idle.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the extraction workers", e);
                }
            }
        }
        return this;
    }

    /** The process ids of the live workers, for health reports and tests. */
    public List<Long> workerPids() {
        return alive.stream().map(w -> w.process.pid()).sorted().toList();
    }

    /** The process ids of the workers extracting a document right now. */
    public List<Long> busyWorkerPids() {
        Set<WorkerProcess> free = Set.copyOf(idle);
        return alive.stream()
                .filter(w -> !free.contains(w))
                .map(w -> w.process.pid())
                .sorted()
                .toList();
    }

    /** How many worker processes were started so far, replacements included. */
    public int workersStarted() {
        return starts.get();
    }

    @Override
    public Extraction extract(byte[] bytes) {
        if (bytes.length == 0) {
            return new Extraction.Failure(FailureReason.NO_TEXT, "the file is empty");
        }
        if (bytes.length > parser.maxBytes()) {
            return new Extraction.Failure(
                    FailureReason.TOO_LARGE,
                    "the file has " + bytes.length + " bytes, more than the limit of " + parser.maxBytes());
        }
        if (closed) {
            throw new IllegalStateException("the extraction pool is closed");
        }
        if (!admission.tryAcquire()) {
            return new Extraction.Failure(
                    FailureReason.TIMEOUT,
                    "too many documents are being extracted at once (" + settings.workers() + " workers, "
                            + settings.queue() + " waiting)");
        }
        try {
            String sha = sha256(bytes);
            var quarantined = quarantine.admit(sha);
            if (quarantined.isPresent()) {
                return quarantined.get();
            }
            try {
                return extractIn(takeWorker(), bytes, sha);
            } finally {
                quarantine.finished(sha);
            }
        } finally {
            admission.release();
        }
    }

    private WorkerProcess takeWorker() {
        // Every admitted document ahead of this one may use a worker for its full time limit.
        long waitMillis =
                settings.timeout().toMillis() * (1 + (settings.queue() + settings.workers() - 1) / settings.workers())
                        + settings.startTimeout().toMillis();
        try {
            WorkerProcess worker = idle.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (worker == null) {
                // No worker within the wait: the pool itself is broken, which is no fault of the document.
                throw new IllegalStateException("no extraction worker became free within " + waitMillis + " ms");
            }
            return worker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extraction worker", e);
        }
    }

    private Extraction extractIn(WorkerProcess worker, byte[] bytes, String sha) {
        ScheduledFuture<?> limit =
                supervisor.schedule(worker::kill, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        Extraction extraction;
        try {
            WorkerProtocol.writeDocument(worker.in, bytes);
            extraction = WorkerProtocol.readExtraction(worker.out, parser.maxChars());
        } catch (IOException | RuntimeException e) {
            limit.cancel(false);
            Extraction.Failure failure = death(worker, e);
            quarantine.killedWorker(sha, failure);
            replace(worker);
            return failure;
        }
        if (!limit.cancel(false)) {
            // The limit struck just as the answer arrived: the answer stands, the worker is gone.
            replace(worker);
        } else {
            release(worker);
        }
        return extraction;
    }

    /** Why the worker stopped answering, from how its process ended. */
    private Extraction.Failure death(WorkerProcess worker, Exception cause) {
        worker.process.destroyForcibly();
        int exit;
        try {
            exit = worker.process.waitFor(5, TimeUnit.SECONDS) ? worker.process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        LOG.log(
                System.Logger.Level.WARNING,
                "extraction worker {0} stopped (exit {1}{2}): {3}; last output: {4}",
                worker.process.pid(),
                exit,
                worker.timedOut ? ", time limit" : "",
                cause.toString(),
                worker.lastLines());
        if (worker.timedOut) {
            return new Extraction.Failure(
                    FailureReason.TIMEOUT,
                    "extraction took longer than " + settings.timeout().toMillis() + " ms; the worker was stopped");
        }
        if (exit == OUT_OF_MEMORY_EXIT) {
            return new Extraction.Failure(
                    FailureReason.RESOURCE_LIMIT,
                    "reading the document exhausted the extraction worker's memory limit of " + settings.heap());
        }
        if (exit == KILLED_EXIT) {
            return new Extraction.Failure(
                    FailureReason.RESOURCE_LIMIT,
                    "the extraction worker was killed while reading the document (signal 9, as the kernel does"
                            + " when memory runs out)");
        }
        if (worker.process.isAlive() || exit == -1) {
            return new Extraction.Failure(
                    FailureReason.CORRUPT, "the extraction worker broke the protocol while reading the document");
        }
        return new Extraction.Failure(
                FailureReason.CORRUPT, "the extraction worker crashed while reading the document (exit " + exit + ")");
    }

    private void release(WorkerProcess worker) {
        idle.offer(worker);
        synchronized (idle) {
            idle.notifyAll();
        }
    }

    private void replace(WorkerProcess worker) {
        worker.kill();
        alive.remove(worker);
        if (!closed) {
            supervisor.execute(this::startWorker);
        }
    }

    private void startWorker() {
        if (closed) {
            return;
        }
        int number = starts.incrementAndGet();
        WorkerProcess worker;
        try {
            worker = new WorkerProcess(new ProcessBuilder(commandLine(number)).start(), number);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot start an extraction worker: " + e.getMessage(), e);
            supervisor.schedule(this::startWorker, 1, TimeUnit.SECONDS);
            return;
        }
        alive.add(worker);
        ScheduledFuture<?> limit =
                supervisor.schedule(worker::kill, settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            int ready = worker.out.readInt();
            if (ready != WorkerProtocol.READY) {
                throw new IOException("the worker did not speak the protocol (" + Integer.toHexString(ready) + ")");
            }
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "extraction worker {0} did not start: {1}; last output: {2}",
                    worker.process.pid(),
                    e.toString(),
                    worker.lastLines());
            worker.kill();
            alive.remove(worker);
            if (!closed) {
                supervisor.schedule(this::startWorker, 1, TimeUnit.SECONDS);
            }
            return;
        } finally {
            limit.cancel(false);
        }
        if (closed) {
            worker.kill();
            return;
        }
        release(worker);
    }

    private List<String> commandLine(int number) {
        List<String> line = new ArrayList<>();
        line.add(command.java());
        line.add("-Xmx" + settings.heap());
        line.add("-XX:+ExitOnOutOfMemoryError");
        // G1 gives up on an exhausted heap within seconds where the serial collector thrashes for many more.
        line.add("-XX:+UseG1GC");
        line.add("-Djava.awt.headless=true");
        line.add("-Dshortlist.extraction.worker=" + number);
        line.addAll(command.jvmOptions());
        line.addAll(command.launch());
        line.add(Long.toString(parser.maxBytes()));
        line.add(Integer.toString(parser.maxChars()));
        line.add(Long.toString(settings.timeout().plus(BACKSTOP).toMillis()));
        line.add(Boolean.toString(parser.pdfSortByPosition()));
        return line;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops every worker: closes its stdin (it exits), then kills what is still running. */
    @Override
    public void close() {
        closed = true;
        supervisor.shutdownNow();
        for (WorkerProcess worker : List.copyOf(alive)) {
            try {
                worker.in.close();
            } catch (IOException e) {
                // already gone
            }
        }
        for (WorkerProcess worker : List.copyOf(alive)) {
            try {
                if (!worker.process.waitFor(2, TimeUnit.SECONDS)) {
                    worker.kill();
                    worker.process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                worker.kill();
            }
        }
        alive.clear();
        quarantine.close();
    }
}
