package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector();

    @Test
    void recognisesAcceptedDocumentsByContent() {
        assertThat(inspector.inspect(TestFiles.pdf("Jane Doe")))
                .isEqualTo(new ContentInspector.Inspection(ContentInspector.Kind.DOCUMENT, "application/pdf"));
        assertThat(inspector.inspect(TestFiles.docx("Jane Doe")))
                .isEqualTo(new ContentInspector.Inspection(
                        ContentInspector.Kind.DOCUMENT,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(inspector
                        .inspect("Jane Doe\nJava developer\n".getBytes(StandardCharsets.UTF_8))
                        .mediaType())
                .isEqualTo("text/plain");
        assertThat(inspector
                        .inspect("<html><body><h1>Jane Doe</h1></body></html>".getBytes(StandardCharsets.UTF_8))
                        .kind())
                .isEqualTo(ContentInspector.Kind.DOCUMENT);
        assertThat(inspector
                        .inspect("{\\rtf1\\ansi Jane Doe}".getBytes(StandardCharsets.US_ASCII))
                        .kind())
                .isEqualTo(ContentInspector.Kind.DOCUMENT);
    }

    @Test
    void tellsArchivesFromDocumentsThatAreZipContainers() {
        assertThat(inspector
                        .inspect(TestFiles.zip(Map.of("a.pdf", TestFiles.pdf("a"))))
                        .kind())
                .isEqualTo(ContentInspector.Kind.ZIP);
    }

    @Test
    void anExecutableStaysAnExecutableWhateverItsName() {
        assertThat(inspector.inspect(TestFiles.windowsExecutable()).kind()).isEqualTo(ContentInspector.Kind.EXECUTABLE);
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
        assertThat(inspector.inspect(elf).kind()).isEqualTo(ContentInspector.Kind.EXECUTABLE);
    }

    @Test
    void refusesUnknownBinaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(inspector.inspect(png))
                .isEqualTo(new ContentInspector.Inspection(ContentInspector.Kind.UNSUPPORTED, "image/png"));
    }
}
