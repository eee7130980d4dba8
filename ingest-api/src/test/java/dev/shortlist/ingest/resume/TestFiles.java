package dev.shortlist.ingest.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds legitimate and hostile uploads in memory. */
public final class TestFiles {

    private TestFiles() {}

    /** A small but well-formed PDF whose content differs per {@code text}. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF padded with a comment to exactly {@code size} bytes. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = pdf("padded " + ThreadLocalRandom.current().nextLong());
        byte[] out = Arrays.copyOf(head, size);
        Arrays.fill(out, head.length, size, (byte) ' ');
        return out;
    }

    /** A minimal Word document (OOXML): a ZIP container that must not be mistaken for an archive. */
    public static byte[] docx(String text) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                                + "</Types>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "_rels/.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                                + "</Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "word/document.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A Windows executable header (MZ + PE), whatever it is named. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x80);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN).putShort(0x84, (short) 0x14c);
        return exe;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One entry of {@code uncompressedBytes} zeros: tiny on the wire, huge when inflated. */
    public static byte[] zipBomb(int uncompressedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("resume.pdf"));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < uncompressedBytes; written += zeros.length) {
                zip.write(zeros, 0, Math.min(zeros.length, uncompressedBytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP whose entries are flagged as encrypted (general purpose bit 0), as password ZIPs are. */
    public static byte[] encryptedZip() {
        byte[] zip = zip(Map.of("resume.pdf", pdf("secret")));
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int signature = buffer.getInt(i);
            if (signature == 0x04034b50) {
                buffer.putShort(i + 6, (short) (buffer.getShort(i + 6) | 1));
            } else if (signature == 0x02014b50) {
                buffer.putShort(i + 8, (short) (buffer.getShort(i + 8) | 1));
            }
        }
        return zip;
    }
}
