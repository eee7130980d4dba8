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
        return zip(docxParts(text));
    }

    /** A Word document with extra parts (name → bytes) after its own. */
    public static byte[] docxWith(String text, Map<String, byte[]> extra) {
        Map<String, byte[]> parts = docxParts(text);
        parts.putAll(extra);
        return zip(parts);
    }

    /** A macro-enabled Word document (DOCM) as Word writes it, whatever it is named. */
    public static byte[] docm(String text) {
        Map<String, byte[]> parts = docxParts(text);
        parts.put(
                "[Content_Types].xml",
                new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                        .replace(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                "application/vnd.ms-word.document.macroEnabled.main+xml")
                        .replace(
                                "</Types>",
                                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
        return zip(parts);
    }

    /** A Word document whose body is {@code uncompressedBytes} of repeated markup: small zipped, huge inflated. */
    public static byte[] docxBomb(int uncompressedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, byte[]> parts = docxParts("bomb");
            parts.remove("word/document.xml");
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] run = "<w:p><w:r><w:t>Java</w:t></w:r></w:p>".repeat(1 << 12).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < uncompressedBytes; written += run.length) {
                zip.write(run, 0, (int) Math.min(run.length, uncompressedBytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A PDF header directly followed by a Windows executable. */
    public static byte[] pdfOverExecutable() {
        return concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), windowsExecutable());
    }

    /** A PDF whose last {@code %%EOF} is followed by a ZIP archive (a PDF+ZIP polyglot). */
    public static byte[] pdfWithAppendedZip() {
        return concat(
                pdf("polyglot"), zip(Map.of("payload.txt", "second personality".getBytes(StandardCharsets.UTF_8))));
    }

    /** A 64-bit little-endian x86-64 ELF header. */
    public static byte[] elfExecutable() {
        byte[] elf = new byte[64];
        byte[] head = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        return elf;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Bytes from a seeded generator: incompressible and reproducible. */
    public static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static Map<String, byte[]> docxParts(String text) {
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
        return parts;
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
