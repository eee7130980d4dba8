package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerInspectorTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ContainerInspector inspector =
            new ContainerInspector(new ContainerInspector.Limits(50, 8L << 20, 100, 2L << 20, 3));

    private ResumeIntake.Rejected check(byte[] content) {
        return inspector.check("cv.docx", content, DOCX, 1);
    }

    @Test
    void acceptsAnOrdinaryDocumentWithAnEmbeddedPackage() {
        assertThat(check(TestFiles.docx("Jane Doe"))).isNull();
        assertThat(check(TestFiles.docxWith(
                        "Jane", Map.of("word/embeddings/chart.xlsx", TestFiles.docx("a chart, really")))))
                .isNull();
    }

    @Test
    void refusesADocumentBombWhileInflatingIt() {
        ResumeIntake.Rejected rejected = check(TestFiles.docxBomb(200 << 20));

        assertThat(rejected.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(rejected.detail()).contains("word/document.xml").contains("100 times");
    }

    @Test
    void refusesAPartOverThePartLimitAndADocumentOverTheTotal() {
        ResumeIntake.Rejected part =
                check(TestFiles.docxWith("x", Map.of("media/big.bin", TestFiles.random(3 << 20, 1))));
        assertThat(part.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(part.detail()).contains("media/big.bin").contains("2097152 bytes (2 MB)");

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            many.put("media/img" + i + ".bin", TestFiles.random((2 << 20) - 1, i));
        }
        ResumeIntake.Rejected total = check(TestFiles.docxWith("x", many));
        assertThat(total.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(total.detail()).isEqualTo("The document expands to more than 8388608 bytes (8 MB).");
    }

    @Test
    void checksPackagesInsidePackagesDownToTheDepthLimit() {
        byte[] inner = TestFiles.docxWith("inner", Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}));
        ResumeIntake.Rejected nestedMacro = check(TestFiles.docxWith("outer", Map.of("word/embeddings/o.docx", inner)));
        assertThat(nestedMacro.reason()).isEqualTo(RejectionReason.ACTIVE_CONTENT);
        assertThat(nestedMacro.detail())
                .contains("Embedded part 'word/embeddings/o.docx'")
                .contains("vbaProject.bin");

        byte[] level = TestFiles.docx("bottom");
        for (int i = 0; i < 3; i++) {
            level = TestFiles.docxWith("level " + i, Map.of("word/embeddings/e.docx", level));
        }
        ResumeIntake.Rejected deep = check(level);
        assertThat(deep.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(deep.detail()).contains("more than 3 levels deep");
        assertThat(inspector.check("cv.docx", level, DOCX, 0)).isNull();
    }

    @Test
    void refusesMacrosActiveXAndExecutablesEvenWhenNamedDocx() {
        assertThat(check(TestFiles.docm("macro")).reason()).isEqualTo(RejectionReason.ACTIVE_CONTENT);
        assertThat(check(TestFiles.docxWith("x", Map.of("word/activeX/activeX1.xml", new byte[] {'<', '/', '>'})))
                        .detail())
                .contains("ActiveX");
        ResumeIntake.Rejected exe =
                check(TestFiles.docxWith("x", Map.of("word/embeddings/oleObject1.bin", TestFiles.windowsExecutable())));
        assertThat(exe.reason()).isEqualTo(RejectionReason.ACTIVE_CONTENT);
        assertThat(exe.detail()).contains("oleObject1.bin").contains("Windows executable");
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        odt.put("Basic/Standard/Module1.xml", "<script/>".getBytes(StandardCharsets.US_ASCII));
        assertThat(inspector
                        .check("cv.odt", TestFiles.zip(odt), "application/vnd.oasis.opendocument.text", 1)
                        .reason())
                .isEqualTo(RejectionReason.ACTIVE_CONTENT);
    }

    @Test
    void refusesUnsafePartNamesAndTooManyParts() {
        assertThat(check(TestFiles.docxWith("x", Map.of("../../evil.xml", new byte[] {1})))
                        .reason())
                .isEqualTo(RejectionReason.PATH_TRAVERSAL);
        ResumeIntake.Rejected nul = check(TestFiles.docxWith("x", Map.of("word/a\u0000b.xml", new byte[] {1})));
        assertThat(nul.reason()).isEqualTo(RejectionReason.INVALID_FILE_NAME);
        assertThat(nul.detail()).contains("U+0000");

        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            parts.put("word/p" + i + ".xml", new byte[] {'x'});
        }
        assertThat(check(TestFiles.docxWith("x", parts)).detail()).isEqualTo("The document has more than 50 entries.");
    }
}
