package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActiveContentScannerTest {

    private static final String PDF = "application/pdf";

    @Test
    void findsAnExecutableUnderAPdfHeader() {
        assertThat(ActiveContentScanner.find(TestFiles.pdfOverExecutable(), PDF))
                .contains("Windows executable (PE) at byte 9");
        byte[] elfUnderHeader =
                TestFiles.concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), TestFiles.elfExecutable());
        assertThat(ActiveContentScanner.find(elfUnderHeader, PDF)).contains("Linux executable (ELF)");
        byte[] bareMz = "%PDF-1.4\nMZ this is not a PDF object".getBytes(StandardCharsets.US_ASCII);
        assertThat(ActiveContentScanner.find(bareMz, PDF)).contains("An executable follows the PDF header");
    }

    @Test
    void findsAnExecutableAnywhereInAnyDocument() {
        byte[] middle = TestFiles.concat(TestFiles.pdf("front"), TestFiles.windowsExecutable(), TestFiles.pdf("back"));
        assertThat(ActiveContentScanner.find(middle, PDF)).contains("Windows executable (PE)");
        byte[] text = TestFiles.concat("Jane Doe, Java\n".getBytes(StandardCharsets.UTF_8), TestFiles.elfExecutable());
        assertThat(ActiveContentScanner.find(text, "text/plain")).contains("Linux executable (ELF) at byte 15");
    }

    @Test
    void findsArchivesAppendedAfterThePdfEnd() {
        assertThat(ActiveContentScanner.find(TestFiles.pdfWithAppendedZip(), PDF))
                .startsWith("A ZIP archive at byte ")
                .contains("is appended after the end of the PDF");
        byte[] gzip = TestFiles.concat(TestFiles.pdf("gz"), new byte[] {'\n', 0x1F, (byte) 0x8B, 0x08, 0, 0});
        assertThat(ActiveContentScanner.find(gzip, PDF)).startsWith("A gzip stream");
    }

    @Test
    void findsAZipDirectoryHiddenBeforeTheLastEof() {
        // The ZIP sits inside the PDF and a %%EOF follows it: ZIP readers still find its directory.
        byte[] polyglot = TestFiles.concat(
                TestFiles.pdf("outer"),
                TestFiles.zip(Map.of("x.txt", "x".getBytes(StandardCharsets.UTF_8))),
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ActiveContentScanner.find(polyglot, PDF)).contains("also a ZIP archive");
    }

    @Test
    void findsMacrosInAWordBinaryDocument() {
        byte[] doc = TestFiles.concat(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE));
        assertThat(ActiveContentScanner.find(doc, "application/msword")).contains("macros");
    }

    @Test
    void leavesOrdinaryDocumentsAndRandomBinaryAlone() {
        assertThat(ActiveContentScanner.find(TestFiles.pdf("Jane Doe"), PDF)).isNull();
        assertThat(ActiveContentScanner.find(TestFiles.pdfOfSize(2 << 20), PDF)).isNull();
        // Compressed streams look like random bytes: 8 MB of them must not match any signature.
        byte[] noise = TestFiles.concat(
                "%PDF-1.5\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1),
                TestFiles.random(8 << 20, 17),
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ActiveContentScanner.find(noise, PDF)).isNull();
        assertThat(ActiveContentScanner.find("MZ Jane, PE engineer".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .isNull();
    }
}
