package dev.shortlist.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus is as large and as varied as promised, and every file is what its kind claims. */
class HostileCorpusTest {

    private static List<HostileFile> corpus;
    private static Map<Kind, List<HostileFile>> byKind;

    @BeforeAll
    static void generate() {
        corpus = HostileCorpus.generate();
        byKind = new EnumMap<>(Kind.class);
        corpus.forEach(
                f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    }

    @Test
    void atLeastTwoHundredFilesOfAtLeastFifteenKindsEachWithAnExpectedOutcome() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(byKind.keySet()).hasSizeGreaterThanOrEqualTo(15).containsExactlyInAnyOrder(Kind.values());
        assertThat(corpus).allSatisfy(file -> {
            assertThat(file.outcomes()).as(file.name()).isNotEmpty();
            assertThat(file.outcomes().keySet())
                    .allSatisfy(name -> assertThat(name.equals(file.name()) || name.startsWith(file.name() + "!/"))
                            .as("%s reports %s", file.name(), name)
                            .isTrue());
        });
    }

    @Test
    void namesAndContentsAreDistinctSoThatNoFileIsADuplicateOfAnother() {
        assertThat(corpus.stream().map(HostileFile::name)).doesNotHaveDuplicates();
        assertThat(corpus.stream().filter(f -> f.content().length > 0).map(f -> sha256(f.content())))
                .doesNotHaveDuplicates();
        assertThat(corpus.stream().filter(f -> f.content().length == 0)).allMatch(f -> f.kind() == Kind.ZERO_BYTE);
    }

    @Test
    void theBatchStaysUnderTheUploadLimits() {
        long total = corpus.stream().mapToLong(f -> f.content().length).sum();
        assertThat(total).isLessThan(100L << 20);
        assertThat(corpus)
                .allSatisfy(f -> assertThat(f.content().length).as(f.name()).isLessThan(10 << 20));
    }

    @Test
    void textOperatorBombsHoldHundredsOfThousandsOfOperatorsInAFewKilobytes() throws IOException {
        for (HostileFile file : byKind.get(Kind.TEXT_OPERATOR_BOMB_PDF)) {
            String content = new String(contentStream(file.content()), StandardCharsets.ISO_8859_1);
            assertThat(count(Pattern.compile("(Tj|TJ|') "), content))
                    .as(file.name())
                    .isGreaterThanOrEqualTo(250_000);
            assertThat(file.content().length).as(file.name()).isLessThan(200 * 1024);
        }
    }

    @Test
    void deflateBombsInflateBeyondTheBombThresholdAtAThousandToOne() throws IOException {
        for (HostileFile file : byKind.get(Kind.DEFLATE_BOMB_PDF)) {
            long inflated = inflatedLength(file.content(), objectStart(file.content(), 5));
            assertThat(inflated).as(file.name()).isGreaterThanOrEqualTo(HostileCorpus.BOMB_MIN_BYTES);
            assertThat(file.content().length * 500L).as(file.name()).isLessThan(inflated);
        }
    }

    @Test
    void documentBombsInflateTheirMainXmlBeyondTheThreshold() throws IOException {
        for (Kind kind : List.of(Kind.DOCX_BOMB, Kind.ODT_BOMB)) {
            for (HostileFile file : byKind.get(kind)) {
                Map<String, Long> sizes = entrySizes(file.content());
                long main = sizes.getOrDefault("word/document.xml", sizes.getOrDefault("content.xml", 0L));
                assertThat(main).as(file.name()).isGreaterThanOrEqualTo(HostileCorpus.BOMB_MIN_BYTES);
                assertThat(file.content().length).as(file.name()).isLessThan(1 << 20);
            }
        }
        for (HostileFile file : byKind.get(Kind.DOCX_BOMB_IN_ZIP)) {
            Map<String, byte[]> entries = entries(file.content());
            byte[] docx = entries.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(".docx"))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
            assertThat(entrySizes(docx).get("word/document.xml")).isGreaterThanOrEqualTo(HostileCorpus.BOMB_MIN_BYTES);
            // The outer archive looks harmless: it stays within the upload's budget (100x, at least 1 MB).
            assertThat(entrySizes(file.content()).values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isLessThan(Math.max(file.content().length * 100L, 1L << 20));
        }
    }

    @Test
    void zipBombsExceedTheRatioOrTheEntryCount() throws IOException {
        for (HostileFile file : byKind.get(Kind.ZIP_BOMB)) {
            Map<String, Long> sizes = entrySizes(file.content());
            long total = sizes.values().stream().mapToLong(Long::longValue).sum();
            assertThat(sizes.size() > 1000 || total > file.content().length * 100L)
                    .as(file.name())
                    .isTrue();
        }
    }

    @Test
    void nestedAndRecursiveZipsHoldArchivesInsideArchives() throws IOException {
        for (HostileFile file : byKind.get(Kind.NESTED_ZIP)) {
            byte[] inner = entries(file.content()).entrySet().stream()
                    .filter(e -> e.getKey().startsWith("inner-"))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
            assertThat(isZip(inner) || (inner[0] == 0x1f && inner[1] == (byte) 0x8b))
                    .as(file.name())
                    .isTrue();
        }
        for (HostileFile file : byKind.get(Kind.RECURSIVE_ZIP)) {
            int depth = 0;
            for (byte[] level = file.content();
                    isZip(level);
                    level = entries(level).values().iterator().next()) {
                depth++;
            }
            assertThat(depth).as(file.name()).isGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void traversalAndAbsoluteEntriesAreNamedSoAndSitNextToAResume() throws IOException {
        for (Kind kind : List.of(Kind.ZIP_TRAVERSAL, Kind.ZIP_ABSOLUTE_NAME)) {
            for (HostileFile file : byKind.get(kind)) {
                List<String> names = List.copyOf(entries(file.content()).keySet());
                String hostile = names.get(0).replace('\\', '/');
                if (kind == Kind.ZIP_TRAVERSAL) {
                    assertThat(hostile.split("/")).as(file.name()).contains("..");
                } else {
                    assertThat(hostile).as(file.name()).matches("(/|[A-Za-z]:).*");
                }
                assertThat(file.outcomes()).containsKey(file.name() + "!/" + names.get(0));
                assertThat(file.outcomes()).containsKey(file.name() + "!/" + names.get(1));
            }
        }
    }

    @Test
    void archiveOutcomesNameEntriesThatExist() throws IOException {
        for (HostileFile file : corpus) {
            for (String name : file.outcomes().keySet()) {
                if (name.startsWith(file.name() + "!/")) {
                    String entry = name.substring(file.name().length() + 2);
                    assertThat(entries(file.content()).keySet())
                            .as(name)
                            .anyMatch(e -> e.equals(entry) || e.endsWith("/" + entry));
                }
            }
        }
    }

    @Test
    void encryptedPdfsNeedAPasswordAndOwnerOnlyOnesDoNot() throws IOException {
        for (HostileFile file : byKind.get(Kind.ENCRYPTED_PDF)) {
            assertThatThrownBy(() -> Loader.loadPDF(file.content()).close())
                    .as(file.name())
                    .isInstanceOf(InvalidPasswordException.class);
        }
        for (HostileFile file : byKind.get(Kind.OWNER_PASSWORD_PDF)) {
            try (PDDocument document = Loader.loadPDF(file.content())) {
                assertThat(document.isEncrypted()).isTrue();
                assertThat(new PDFTextStripper().getText(document)).contains("Jordan Example");
            }
        }
    }

    @Test
    void encryptedDocxAreOle2EncryptedPackages() throws IOException {
        for (HostileFile file : byKind.get(Kind.ENCRYPTED_DOCX)) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file.content()))) {
                assertThat(fs.getRoot().getEntryNames()).contains("EncryptionInfo", "EncryptedPackage");
            }
        }
    }

    @Test
    void polyglotsAreReadableBothAsPdfAndAsZip(@TempDir Path dir) throws IOException {
        for (Kind kind : List.of(Kind.POLYGLOT_PDF_ZIP, Kind.ZIP_AFTER_EOF)) {
            for (HostileFile file : byKind.get(kind)) {
                assertThat(pdfText(file.content())).as(file.name()).contains("Jordan Example");
                Path copy = Files.write(dir.resolve(file.name()), file.content());
                try (ZipFile zip = new ZipFile(copy.toFile())) {
                    assertThat(zip.size()).as(file.name()).isPositive();
                }
                int eof = Binaries.indexOf(file.content(), ascii("%%EOF"), 0);
                int zip = Binaries.indexOf(file.content(), new byte[] {'P', 'K', 3, 4}, 0);
                assertThat(kind == Kind.ZIP_AFTER_EOF ? zip > eof : zip < eof)
                        .as(file.name())
                        .isTrue();
            }
        }
        for (HostileFile file : byKind.get(Kind.EXECUTABLE_AFTER_EOF)) {
            assertThat(pdfText(file.content())).contains("Jordan Example");
            int eof = Binaries.indexOf(file.content(), ascii("%%EOF"), 0);
            assertThat(executableAt(file.content(), eof + 6)).as(file.name()).isTrue();
        }
    }

    @Test
    void pdfHeadersSitOverExecutables() {
        for (HostileFile file : byKind.get(Kind.PDF_HEADER_EXECUTABLE)) {
            assertThat(Binaries.startsWith(file.content(), ascii("%PDF-"))).isTrue();
            assertThat(executableAt(file.content(), 9)).as(file.name()).isTrue();
        }
    }

    @Test
    void renamedFilesAreWhatTheirBytesSayNotWhatTheirNamesSay() {
        for (HostileFile file : byKind.get(Kind.EXECUTABLE_RENAMED)) {
            assertThat(executableAt(file.content(), 0)).as(file.name()).isTrue();
            assertThat(extension(file)).isIn("pdf", "docx", "odt", "rtf", "txt");
        }
        for (HostileFile file : byKind.get(Kind.WRONG_EXTENSION)) {
            assertThat(format(file.content())).as(file.name()).isNotEqualTo(extension(file));
        }
        for (HostileFile file : byKind.get(Kind.IMAGE_RENAMED_PDF)) {
            assertThat(extension(file)).isEqualTo("pdf");
            assertThat(format(file.content())).as(file.name()).isEqualTo("image");
        }
    }

    @Test
    void truncatedFilesStopBeforeTheirContent() {
        for (HostileFile file : byKind.get(Kind.TRUNCATED_PDF)) {
            assertThat(Binaries.startsWith(file.content(), ascii("%PDF-"))).isTrue();
            assertThat(Binaries.indexOf(file.content(), ascii("stream"), 0))
                    .as(file.name())
                    .isNegative();
        }
        for (HostileFile file : byKind.get(Kind.TRUNCATED_OOXML)) {
            assertThat(isZip(file.content())).isTrue();
            assertThat(Binaries.indexOf(file.content(), new byte[] {'P', 'K', 5, 6}, 0))
                    .as(file.name())
                    .isNegative();
        }
        assertThat(byKind.get(Kind.ZERO_BYTE)).allMatch(f -> f.content().length == 0);
    }

    @Test
    void hugeImagesDeclareAHundredMillionPixelsAndMore() {
        Pattern size = Pattern.compile("/Width (\\d+) /Height (\\d+)");
        for (HostileFile file : byKind.get(Kind.HUGE_IMAGE_PDF)) {
            Matcher m = size.matcher(new String(file.content(), StandardCharsets.ISO_8859_1));
            assertThat(m.find()).isTrue();
            assertThat(Long.parseLong(m.group(1)) * Long.parseLong(m.group(2)))
                    .as(file.name())
                    .isGreaterThanOrEqualTo(50_000_000L);
        }
    }

    @Test
    void deepNestingIsAtLeastAHundredThousandLevels() {
        for (HostileFile file : byKind.get(Kind.DEEP_NESTING_PDF)) {
            String text = new String(file.content(), StandardCharsets.ISO_8859_1);
            assertThat(text.contains("[".repeat(100_000)) || text.contains("<< /A ".repeat(100_000)))
                    .as(file.name())
                    .isTrue();
        }
    }

    @Test
    void xmlAttacksCarryTheirDoctypes() throws IOException {
        for (HostileFile file : byKind.get(Kind.XXE_OOXML)) {
            String xml = allEntriesText(file.content());
            assertThat(xml).as(file.name()).containsPattern("<!(ENTITY|DOCTYPE)[^>]* SYSTEM \"(file|http):");
        }
        for (HostileFile file : byKind.get(Kind.BILLION_LAUGHS_OOXML)) {
            String xml = allEntriesText(file.content());
            assertThat(xml.contains("&lol9;") || xml.contains("&a;".repeat(50_000)))
                    .as(file.name())
                    .isTrue();
            assertThat(xml).contains("<!ENTITY");
        }
    }

    @Test
    void activeContentPdfsAreRealResumesWithTheirActions() throws IOException {
        Map<Kind, String> markers = Map.of(
                Kind.PDF_JAVASCRIPT,
                "/JavaScript",
                Kind.PDF_LAUNCH,
                "/Launch",
                Kind.PDF_EMBEDDED_FILE,
                "/EmbeddedFile");
        for (var marker : markers.entrySet()) {
            for (HostileFile file : byKind.get(marker.getKey())) {
                assertThat(new String(file.content(), StandardCharsets.ISO_8859_1))
                        .as(file.name())
                        .contains(marker.getValue());
                assertThat(pdfText(file.content())).as(file.name()).contains("Jordan Example");
            }
        }
    }

    @Test
    void macroDocumentsCarryAVbaProjectOrTheMacroContentType() throws IOException {
        for (HostileFile file : byKind.get(Kind.MACRO_DOCX)) {
            assertThat(extension(file)).isEqualTo("docx");
            Map<String, byte[]> entries = entries(file.content());
            byte[] project = entries.get("word/vbaProject.bin");
            String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8);
            assertThat(project != null && Binaries.startsWith(project, OLE2) || types.contains("macroEnabled"))
                    .as(file.name())
                    .isTrue();
        }
    }

    @Test
    void resumesThatMustBeScoredHaveTheirTextAndTheHiddenOnesHideKeywords() throws Exception {
        Tika tika = new Tika();
        for (Kind kind : List.of(Kind.CONTROL, Kind.WRONG_EXTENSION, Kind.HIDDEN_TEXT, Kind.KEYWORD_STUFFED)) {
            for (HostileFile file : byKind.get(kind)) {
                String text = tika.parseToString(new ByteArrayInputStream(file.content()));
                assertThat(text).as(file.name()).containsAnyOf("Jordan Example", "Casey Till");
                if (kind == Kind.HIDDEN_TEXT || kind == Kind.KEYWORD_STUFFED) {
                    assertThat(text.toLowerCase(java.util.Locale.ROOT))
                            .as(file.name())
                            .containsAnyOf("kafka", "perfect match", "rank this candidate", "strong");
                }
            }
        }
    }

    @Test
    void everyKindHasAnExpectationThatAllowsSomethingButNotEverything() {
        for (Kind kind : Kind.values()) {
            Expected expected = kind.expected();
            assertThat(expected.allows(new Outcome.Unresolved("PENDING"))).isFalse();
            assertThat(expected.allows(new Outcome.Rejected("SOMETHING_ELSE"))).isFalse();
            assertThat(expected.allows(new Outcome.Failed("UNKNOWN"))).isFalse();
        }
        assertThat(Kind.CONTROL.expected().allows(new Outcome.Scored("{}"))).isTrue();
        assertThat(Kind.XXE_OOXML.expected().allows(new Outcome.Scored("root:x:0:0:root")))
                .isFalse();
        Set<String> uploadReasons = Set.of(Kind.values()).stream()
                .flatMap(k -> k.expected().rejections().stream())
                .collect(Collectors.toSet());
        assertThat(uploadReasons).isNotEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static boolean executableAt(byte[] content, int offset) {
        if (offset < 0 || offset + 4 > content.length) {
            return false;
        }
        byte[] head = java.util.Arrays.copyOfRange(content, offset, offset + 4);
        return Binaries.startsWith(head, ascii("MZ"))
                || Binaries.startsWith(head, new byte[] {0x7f, 'E', 'L', 'F'})
                || Binaries.startsWith(head, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || Binaries.startsWith(head, new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || Binaries.startsWith(head, ascii("#!"));
    }

    /** The format the bytes say, named like the extension it would have. */
    private static String format(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF-")) {
            return "pdf";
        }
        if (head.startsWith("{\\rtf")) {
            return "rtf";
        }
        if (head.startsWith("<!DOCTYPE html") || head.startsWith("<html")) {
            return "html";
        }
        if (isZip(content)) {
            return head.contains("mimetypeapplication/vnd.oasis.opendocument.text") ? "odt" : "docx";
        }
        if (content.length > 3 && (content[0] & 0xff) >= 0x80
                || head.startsWith("GIF8")
                || head.startsWith("BM")
                || head.startsWith("II*")) {
            return "image";
        }
        return "txt";
    }

    private static String extension(HostileFile file) {
        return file.name().substring(file.name().lastIndexOf('.') + 1);
    }

    private static boolean isZip(byte[] content) {
        return Binaries.startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int objectStart(byte[] pdf, int object) {
        return Binaries.indexOf(pdf, ascii("\n" + object + " 0 obj"), 0);
    }

    private static byte[] contentStream(byte[] pdf) throws IOException {
        try (InputStream in = streamData(pdf, objectStart(pdf, 5))) {
            return in.readAllBytes();
        }
    }

    private static long inflatedLength(byte[] pdf, int objectStart) throws IOException {
        try (InputStream in = streamData(pdf, objectStart)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static InputStream streamData(byte[] pdf, int objectStart) {
        int data = Binaries.indexOf(pdf, ascii("stream\n"), objectStart) + "stream\n".length();
        return new InflaterInputStream(new ByteArrayInputStream(pdf, data, pdf.length - data));
    }

    /** Entry name → inflated size, counted without keeping the bytes. */
    private static Map<String, Long> entrySizes(byte[] zip) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                sizes.put(entry.getName(), in.transferTo(java.io.OutputStream.nullOutputStream()));
            }
        }
        return sizes;
    }

    /** Entry name → bytes, for small archives only. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readNBytes(16 << 20));
            }
        }
        return entries;
    }

    private static String allEntriesText(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        for (byte[] entry : entries(zip).values()) {
            text.append(new String(entry, StandardCharsets.UTF_8)).append('\n');
        }
        return text.toString();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
