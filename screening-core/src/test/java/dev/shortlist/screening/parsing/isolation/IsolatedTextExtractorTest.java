package dev.shortlist.screening.parsing.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shortlist.screening.parsing.Documents;
import dev.shortlist.screening.parsing.Extraction;
import dev.shortlist.screening.parsing.FailureReason;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.parsing.TestTaxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool of extraction workers against hostile documents: each fails with its reason, the pool goes on. */
class IsolatedTextExtractorTest {

    /** Long enough that a memory bomb meets the heap cap first even on a busy machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final List<String> RESUME = List.of(
            "Priya Raman",
            "priya.raman@example.com | +1 415 555 0100 | San Francisco, CA",
            "Summary",
            "Backend engineer building event-driven systems in Java and Kafka.",
            "Experience",
            "Senior Software Engineer, Acme Corp, Jan 2019 - Present",
            "Built payment services with Spring Boot, Kafka and PostgreSQL.",
            "Education",
            "B.S. Computer Science, University of Washington, 2014",
            "Skills",
            "Java, Kafka, Spring Boot, PostgreSQL, Docker");

    @TempDir
    static Path state;

    private static IsolatedTextExtractor pool;
    private static FileQuarantine quarantine;

    @BeforeAll
    static void startPool() {
        quarantine = FileQuarantine.open(state.resolve("quarantine.log"));
        pool = new IsolatedTextExtractor(
                ParserSettings.defaults(),
                IsolationSettings.defaults().withTimeout(TIMEOUT),
                WorkerCommand.currentClassPath(),
                quarantine);
        pool.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopPool() {
        List<Long> pids = pool.workerPids();
        pool.close();
        // No orphans: every worker process has ended.
        assertThat(pids)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                        .isNotEqualTo(java.util.Optional.of(true)));
    }

    @BeforeEach
    void bothWorkersReady() {
        pool.awaitReady(Duration.ofSeconds(90));
    }

    @Test
    void aNormalResumeIsExtractedExactlyAsInProcess() throws IOException {
        List<byte[]> documents = Stream.concat(
                        Stream.of(Documents.pdf(RESUME), Documents.docx(RESUME), Documents.odt(RESUME)), examples())
                .toList();
        try (ResumeParser isolated =
                        new ResumeParser(ParserSettings.defaults(), TestTaxonomy.create(), new Borrowed(pool));
                ResumeParser inProcess = new ResumeParser(ParserSettings.defaults(), TestTaxonomy.create())) {
            for (byte[] document : documents) {
                assertThat(isolated.parse(document, LocalDate.of(2026, 11, 23)))
                        .isEqualTo(inProcess.parse(document, LocalDate.of(2026, 11, 23)));
            }
        }
        assertThat(documents).hasSizeGreaterThan(20);
    }

    @Test
    void aMillionTextOperatorsExhaustALimitNotTheCallersHeap() {
        byte[] bomb = HostileDocuments.textOperatorBomb(1_000_000);
        assertThat(bomb.length).isLessThan(200_000);

        Extraction outcome = pool.extract(bomb);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Extraction.Failure.class,
                        f -> assertThat(f.reason()).isIn(FailureReason.RESOURCE_LIMIT, FailureReason.TOO_LARGE));
        assertNormalDocumentsStillParse();
    }

    @Test
    void aDeflateBombPdfIsAResourceLimitNotCorrupt() {
        byte[] bomb = HostileDocuments.deflateBombPdf(1024);
        assertThat(bomb.length).isLessThan(2_000_000);

        Extraction outcome = pool.extract(bomb);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Extraction.Failure.class,
                        f -> assertThat(f.reason()).isIn(FailureReason.RESOURCE_LIMIT, FailureReason.TOO_LARGE));
        assertNormalDocumentsStillParse();
    }

    @Test
    void aDocxBombIsAResourceLimitNotCorrupt() {
        byte[] bomb = HostileDocuments.docxBomb(1024);
        assertThat(bomb.length).isLessThan(5_000_000);

        Extraction outcome = pool.extract(bomb);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Extraction.Failure.class,
                        f -> assertThat(f.reason()).isIn(FailureReason.RESOURCE_LIMIT, FailureReason.TOO_LARGE));
        assertNormalDocumentsStillParse();
    }

    @Test
    void aDocumentOverTheTimeLimitKillsItsWorkerWhichIsReplaced() {
        try (IsolatedTextExtractor quick = new IsolatedTextExtractor(
                ParserSettings.defaults(),
                IsolationSettings.defaults().withTimeout(Duration.ofSeconds(4)),
                WorkerCommand.currentClassPath(),
                Quarantine.NONE)) {
            quick.awaitReady(Duration.ofSeconds(90));
            List<Long> before = quick.workerPids();
            // Thirty million path operators and not one character: nothing for a cooperative time check to see.
            byte[] slow = HostileDocuments.drawingOperatorBomb(30_000_000);

            Extraction outcome = quick.extract(slow);

            assertThat(outcome).isInstanceOfSatisfying(Extraction.Failure.class, f -> {
                assertThat(f.reason()).isEqualTo(FailureReason.TIMEOUT);
                assertThat(f.detail()).contains("worker was stopped");
            });
            await().atMost(Duration.ofSeconds(90))
                    .until(() ->
                            quick.workersStarted() == 3 && quick.workerPids().size() == 2);
            assertThat(quick.workerPids()).isNotEqualTo(before).containsAnyElementsOf(before);
            for (int i = 0; i < 3; i++) {
                assertThat(quick.extract(Documents.pdf(RESUME))).isInstanceOf(Extraction.Text.class);
            }
        }
    }

    @Test
    void aWorkerKilledFromOutsideMidDocumentFailsThatDocumentAndIsReplaced() {
        List<Long> before = pool.workerPids();
        CompletableFuture<Extraction> slow =
                CompletableFuture.supplyAsync(() -> pool.extract(HostileDocuments.drawingOperatorBomb(19_000_000)));
        await().atMost(Duration.ofSeconds(30)).until(() -> pool.busyWorkerPids().size() == 1);
        long busy = pool.busyWorkerPids().get(0);

        ProcessHandle.of(busy).orElseThrow().destroyForcibly();

        assertThat(slow.join()).isInstanceOfSatisfying(Extraction.Failure.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
            assertThat(f.detail()).contains("killed");
        });
        await().atMost(Duration.ofSeconds(90))
                .until(() -> pool.workerPids().size() == 2 && !pool.workerPids().contains(busy));
        assertThat(pool.workerPids()).containsAnyElementsOf(before);
        assertNormalDocumentsStillParse();
    }

    @Test
    void aDocumentThatKilledAWorkerFailsAtOnceWhenItComesBack() {
        byte[] bomb = HostileDocuments.textOperatorBomb(1_000_001);
        Extraction first = pool.extract(bomb);
        assertThat(first).isInstanceOf(Extraction.Failure.class);
        await().atMost(Duration.ofSeconds(90)).until(() -> pool.workerPids().size() == 2);
        int started = pool.workersStarted();

        Extraction again = pool.extract(bomb);

        assertThat(again).isInstanceOfSatisfying(Extraction.Failure.class, f -> {
            assertThat(f.reason()).isEqualTo(((Extraction.Failure) first).reason());
            assertThat(f.detail()).contains("quarantined");
        });
        assertThat(pool.workersStarted()).isEqualTo(started);
        // And after a restart of the whole process, from the file.
        try (FileQuarantine reopened = FileQuarantine.open(state.resolve("quarantine.log"))) {
            assertThat(reopened.admit(sha256(bomb))).isPresent();
        }
    }

    @Test
    void pdfsWithJavaScriptLaunchActionsOrEmbeddedFilesAreActiveContent() throws IOException {
        byte[] javaScript = withPdf(
                document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello')")));
        byte[] launch = withPdf(document -> {
            PDActionLaunch action = new PDActionLaunch();
            action.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("calc.exe")));
            document.getDocumentCatalog().setOpenAction(action);
        });
        byte[] embedded = withPdf(document -> {
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(new byte[] {'M', 'Z'})));
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("payload.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
        });
        // Hex-escaped names in a hand-written file, which a byte search for "/JavaScript" would miss.
        byte[] escaped =
                HostileDocuments.pdfWithCatalogEntries("/OpenAction << /S /J#61v#61Script /#4AS (app.alert(1)) >>");

        assertActive(javaScript, "JavaScript");
        assertActive(launch, "Launch");
        assertActive(embedded, "EmbeddedFile");
        assertActive(escaped, "JavaScript");
        assertThat(pool.extract(HostileDocuments.pdfWithCatalogEntries(""))).isInstanceOf(Extraction.Text.class);
    }

    @Test
    void wordDocumentsWithMacrosAreActiveContent() {
        assertActive(HostileDocuments.docxWithMacros(true), "macros");
        assertActive(HostileDocuments.docxWithMacros(false), "macros");
    }

    @Test
    void callersBeyondTheQueueFailAtOnce() {
        try (IsolatedTextExtractor tiny = new IsolatedTextExtractor(
                ParserSettings.defaults(),
                IsolationSettings.defaults().withWorkers(1).withQueue(0).withTimeout(TIMEOUT),
                WorkerCommand.currentClassPath(),
                Quarantine.NONE)) {
            tiny.awaitReady(Duration.ofSeconds(90));
            CompletableFuture<Extraction> slow =
                    CompletableFuture.supplyAsync(() -> tiny.extract(HostileDocuments.drawingOperatorBomb(18_000_000)));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> tiny.busyWorkerPids().size() == 1);
            long start = System.nanoTime();

            Extraction refused = tiny.extract(Documents.pdf(RESUME));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(refused)
                    .isInstanceOfSatisfying(
                            Extraction.Failure.class,
                            f -> assertThat(f.detail()).contains("too many documents"));
            assertThat(slow.join()).isInstanceOf(Extraction.Failure.class);
        }
    }

    private static void assertActive(byte[] document, String named) {
        assertThat(pool.extract(document)).isInstanceOfSatisfying(Extraction.Failure.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.ACTIVE_CONTENT);
            assertThat(f.detail()).contains(named);
        });
    }

    private static void assertNormalDocumentsStillParse() {
        await().atMost(Duration.ofSeconds(90)).until(() -> pool.workerPids().size() == 2);
        for (int i = 0; i < 3; i++) {
            assertThat(pool.extract(Documents.pdf(RESUME)))
                    .isInstanceOfSatisfying(
                            Extraction.Text.class, t -> assertThat(t.text()).contains("Priya Raman"));
        }
    }

    interface PdfChange {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] withPdf(PdfChange change) throws IOException {
        try (PDDocument document = Loader.loadPDF(Documents.pdf(RESUME))) {
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Compressed: the action dictionaries end up inside object streams.
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static Stream<byte[]> examples() throws IOException {
        Path folder = Path.of("../examples/resumes");
        try (Stream<Path> files = Files.list(folder)) {
            return files
                    .sorted()
                    .map(file -> {
                        try {
                            return Files.readAllBytes(file);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList()
                    .stream();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lends the shared pool to a parser without letting the parser close it. */
    private record Borrowed(IsolatedTextExtractor pool) implements dev.shortlist.screening.parsing.TextExtractor {
        @Override
        public Extraction extract(byte[] bytes) {
            return pool.extract(bytes);
        }

        @Override
        public void close() {}
    }
}
