package dev.shortlist.screening.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds resume documents in every supported format for tests. */
public final class Documents {

    private static final float TOP = 780;
    private static final float LEADING = 14;

    private Documents() {}

    /** Text placed at a position on a page. */
    public record Placed(float x, float y, String text, boolean bold) {
        static Placed at(float x, float y, String text) {
            return new Placed(x, y, text, false);
        }
    }

    /** A single-column PDF, one line per string, starting a new page when the page is full. */
    public static byte[] pdf(List<String> lines) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = TOP;
                    while (i < lines.size() && y > 50) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(50, y);
                        content.showText(lines.get(i));
                        content.endText();
                        y -= LEADING;
                        i++;
                    }
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with text at given positions, written in the given order. */
    public static byte[] pdfPlaced(List<Placed> items) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Placed item : items) {
                    content.beginText();
                    content.setFont(item.bold() ? bold : font, 10);
                    content.newLineAtOffset(item.x(), item.y());
                    content.showText(item.text());
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two columns: the sidebar (left) written first, then the main column (right). */
    public static byte[] pdfTwoColumns(List<String> sidebar, List<String> main) {
        List<Placed> items = new java.util.ArrayList<>();
        float y = TOP;
        for (String line : sidebar) {
            items.add(Placed.at(40, y, line));
            y -= LEADING;
        }
        y = TOP;
        for (String line : main) {
            items.add(Placed.at(230, y, line));
            y -= LEADING;
        }
        return pdfPlaced(items);
    }

    public static byte[] blankPdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.LETTER));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf(List<String> lines) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(lines))) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX of paragraphs; lines starting with "# " become Heading 1 paragraphs. */
    public static byte[] docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : lines) {
                XWPFParagraph paragraph = document.createParagraph();
                if (line.startsWith("# ")) {
                    paragraph.setStyle("Heading1");
                    paragraph.createRun().setBold(true);
                    paragraph.getRuns().get(0).setText(line.substring(2));
                } else {
                    paragraph.createRun().setText(line);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with paragraphs before a table (rows of cells) and paragraphs after it. */
    public static byte[] docxWithTable(List<String> before, List<List<String>> rows, List<String> after) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : before) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            for (String line : after) {
                document.createParagraph().createRun().setText(line);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RTF document, one paragraph per line. */
    public static byte[] rtf(List<String> lines) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs22\n");
        for (String line : lines) {
            StringBuilder escaped = new StringBuilder();
            for (char c : line.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    escaped.append('\\').append(c);
                } else if (c > 127) {
                    escaped.append("\\u").append((int) c).append('?');
                } else {
                    escaped.append(c);
                }
            }
            rtf.append(escaped).append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An OpenDocument text file, one paragraph per line. */
    public static byte[] odt(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append("<text:p>").append(xml(line)).append("</text:p>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An HTML page: "# " lines become h2 headings, the others paragraphs. */
    public static byte[] html(List<String> lines) {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Resume</title></head><body>\n");
        for (String line : lines) {
            if (line.startsWith("# ")) {
                html.append("<h2>").append(xml(line.substring(2))).append("</h2>\n");
            } else {
                html.append("<p>").append(xml(line)).append("</p>\n");
            }
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] txt(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] save(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
