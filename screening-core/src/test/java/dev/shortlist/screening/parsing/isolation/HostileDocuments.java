package dev.shortlist.screening.parsing.isolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile documents built in memory: small files that expand into huge content, documents that take
 * too long, documents with active content. Never written to the repository.
 */
public final class HostileDocuments {

    private HostileDocuments() {}

    /** A one-page PDF with {@code count} text-showing operators in one compressed content stream. */
    public static byte[] textOperatorBomb(int count) {
        return pdfWithContent("(Java Kafka) Tj\n", count, "BT /F1 1 Tf 10 10 Td\n", "ET\n");
    }

    /** A one-page PDF with {@code count} path operators and not one character of text. */
    public static byte[] drawingOperatorBomb(int count) {
        return pdfWithContent("0 0 m 1 1 l S\n", count, "", "");
    }

    /** A one-page PDF whose content stream inflates to one string operand of {@code megabytes} MB. */
    public static byte[] deflateBombPdf(int megabytes) {
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) 'A');
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(9))) {
            out.write("BT /F1 10 Tf 10 700 Td (".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write(") Tj ET\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf(compressed.toByteArray(), "/Filter /FlateDecode", "");
    }

    /** A DOCX whose document part inflates to {@code megabytes} MB of paragraphs. */
    public static byte[] docxBomb(int megabytes) {
        byte[] paragraphs = ("<w:p><w:r><w:t>Java Kafka Spring engineer</w:t></w:r></w:p>")
                .repeat(1 << 14)
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                            + "</Types>");
            entry(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written < (long) megabytes << 20) {
                zip.write(paragraphs);
                written += paragraphs.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A small Word document with a VBA project.
     *
     * @param macroEnabled declare the macro-enabled main part (a .docm) or pretend to be a plain .docx
     */
    public static byte[] docxWithMacros(boolean macroEnabled) {
        String main = macroEnabled
                ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "\"/>"
                            + "</Types>");
            entry(zip, "_rels/.rels", RELS);
            entry(
                    zip,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
                            + "<w:p><w:r><w:t>Jordan Pike, accountant with ten years of experience in audit.</w:t></w:r></w:p>"
                            + "</w:body></w:document>");
            entry(
                    zip,
                    "word/_rels/document.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                    });
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A hand-written PDF with a line of resume text and {@code catalogExtra} inside its catalog
     * dictionary (e.g. an {@code /OpenAction} with a hex-escaped action name).
     */
    public static byte[] pdfWithCatalogEntries(String catalogExtra) {
        String text =
                "BT /F1 12 Tf 72 700 Td (Priya Raman, backend engineer: Java, Kafka, Spring Boot since 2015.) Tj ET";
        return pdf(text.getBytes(StandardCharsets.US_ASCII), "", catalogExtra);
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELS =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>";

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Streams {@code count} copies of {@code operator} through the compressor, never holding them all. */
    private static byte[] pdfWithContent(String operator, int count, String prefix, String suffix) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] chunk = operator.repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(9), 1 << 16)) {
            out.write(prefix.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < count / 10_000; i++) {
                out.write(chunk);
            }
            out.write(operator.repeat(count % 10_000).getBytes(StandardCharsets.US_ASCII));
            out.write(suffix.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf(compressed.toByteArray(), "/Filter /FlateDecode", "");
    }

    /** One page, one Helvetica font, the given content stream; offsets in the xref table are exact. */
    private static byte[] pdf(byte[] content, String filter, String catalogExtra) {
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(ascii("<< /Length " + content.length + " " + filter + " >>\nstream\n"));
        stream.writeBytes(content);
        stream.writeBytes(ascii("\nendstream"));
        objects.add(stream.toByteArray());
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
        table.append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }
}
