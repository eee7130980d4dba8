package dev.shortlist.screening.parsing;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts plain text from resume bytes with Apache Tika. The type is detected from the bytes alone
 * (never from a file name). Extraction runs on a bounded pool of daemon threads so that a document
 * that takes too long (a PDF bomb) is abandoned after the time limit instead of holding the caller.
 * Thread-safe; build once and reuse (building Tika's parser costs more than a second).
 */
public final class TikaTextExtractor implements TextExtractor {

    private static final Set<String> SUPPORTED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/rtf",
            "application/vnd.oasis.opendocument.text",
            "text/plain",
            "text/html",
            "application/xhtml+xml");

    /** Fewer letters than this means the document has no usable text (scanned or blank). */
    private static final int MIN_LETTERS = 20;

    private final ParserSettings settings;
    private final AutoDetectParser parser;
    private final Detector detector;
    private final ThreadPoolExecutor executor;

    public TikaTextExtractor(ParserSettings settings) {
        this.settings = settings;
        this.parser = new AutoDetectParser();
        this.detector = parser.getDetector();
        // The type is detected once, from the bytes (detect below), and handed to the parser in the
        // metadata; the parser's own detection (magic and container reading again) is skipped.
        // Without a type (an embedded part) it falls back to detecting.
        parser.setDetector((in, metadata) -> {
            String known = metadata.get(Metadata.CONTENT_TYPE);
            return known != null ? MediaType.parse(known) : detector.detect(in, metadata);
        });
        this.executor = new ThreadPoolExecutor(
                settings.extractionThreads(),
                settings.extractionThreads(),
                30,
                TimeUnit.SECONDS,
                settings.queueCapacity() == 0
                        ? new java.util.concurrent.SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(settings.queueCapacity()),
                daemonThreads());
        this.executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public Extraction extract(byte[] bytes) {
        if (bytes.length == 0) {
            return new Extraction.Failure(FailureReason.NO_TEXT, "the file is empty");
        }
        if (bytes.length > settings.maxBytes()) {
            return new Extraction.Failure(
                    FailureReason.TOO_LARGE,
                    "the file has " + bytes.length + " bytes, more than the limit of " + settings.maxBytes());
        }
        String mediaType;
        try {
            mediaType = detect(bytes);
        } catch (IOException e) {
            return new Extraction.Failure(
                    FailureReason.CORRUPT, "the file type could not be detected: " + e.getMessage());
        }
        if (mediaType.contains("protected") || mediaType.equals("application/x-tika-ooxml-protected")) {
            return new Extraction.Failure(
                    FailureReason.ENCRYPTED, "the document is password-protected (" + mediaType + ")");
        }
        if (mediaType.contains("macroenabled")) {
            Optional<String> active = ActiveContent.ooxml(bytes);
            if (active.isPresent()) {
                return activeContent(mediaType, active.get());
            }
        }
        if (!SUPPORTED.contains(mediaType)) {
            return new Extraction.Failure(
                    FailureReason.UNSUPPORTED, "documents of type " + mediaType + " are not resumes we can read");
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Future<Extraction> future;
        try {
            future = executor.submit(() -> parse(bytes, mediaType, deadline));
        } catch (RejectedExecutionException e) {
            return new Extraction.Failure(FailureReason.TIMEOUT, "too many documents are being extracted at once");
        }
        try {
            return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Interrupts the worker; the deadline-aware handler below also stops it at the next text chunk.
            future.cancel(true);
            return new Extraction.Failure(
                    FailureReason.TIMEOUT,
                    "extraction took longer than " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Extraction.Failure(FailureReason.TIMEOUT, "extraction was interrupted");
        } catch (ExecutionException e) {
            return new Extraction.Failure(
                    FailureReason.CORRUPT, "the document could not be read: " + rootMessage(e.getCause()));
        }
    }

    private String detect(byte[] bytes) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    private static Extraction.Failure activeContent(String mediaType, String found) {
        return new Extraction.Failure(
                FailureReason.ACTIVE_CONTENT, "the " + mediaType + " document carries active content: " + found);
    }

    private Extraction parse(byte[] bytes, String mediaType, long deadline) {
        Optional<String> active = ActiveContent.find(bytes, mediaType);
        if (active.isPresent()) {
            return activeContent(mediaType, active.get());
        }
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(settings.pdfSortByPosition());
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAcroFormContent(false);
        context.set(PDFParserConfig.class, pdf);
        BodyContentHandler body = new BodyContentHandler(settings.maxChars());
        ContentHandler handler = new DeadlineHandler(body, deadline);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception | StackOverflowError e) {
            return classify(e, mediaType);
        }
        String text = TextNormalizer.normalize(body.toString());
        if (letters(text) < MIN_LETTERS) {
            return new Extraction.Failure(
                    FailureReason.NO_TEXT, "the " + mediaType + " document has no extractable text (scanned or blank)");
        }
        return new Extraction.Text(text, mediaType);
    }

    private Extraction classify(Throwable e, String mediaType) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new Extraction.Failure(
                    FailureReason.TOO_LARGE,
                    "the document has more than " + settings.maxChars() + " characters of text");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof InvalidPasswordException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new Extraction.Failure(FailureReason.ENCRYPTED, "the document is password-protected");
            }
            if (t instanceof DeadlineExceeded) {
                return new Extraction.Failure(
                        FailureReason.TIMEOUT,
                        "extraction took longer than " + settings.timeout().toMillis() + " ms");
            }
            // POI's inflation-ratio guard: a compressed part expands far beyond its size (a deflate bomb).
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return new Extraction.Failure(
                        FailureReason.TOO_LARGE,
                        "a compressed part of the document expands beyond the allowed ratio (a deflate bomb)");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new Extraction.Failure(
                FailureReason.CORRUPT, "the " + mediaType + " document could not be read: " + rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "resume-extract-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Stops Tika at the next chunk of text once the deadline has passed or the worker was interrupted. */
    private static final class DeadlineHandler extends ContentHandlerDecorator {
        private final long deadline;

        DeadlineHandler(ContentHandler handler, long deadline) {
            super(handler);
            this.deadline = deadline;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        private void check() throws SAXException {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() > deadline) {
                throw new SAXException(new DeadlineExceeded());
            }
        }
    }

    private static final class DeadlineExceeded extends Exception {
        DeadlineExceeded() {
            super("time limit reached", null, false, false);
        }
    }
}
