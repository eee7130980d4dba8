import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders the example resumes in {@code examples/resumes} from the plain-text sources in
 * {@code examples/generator/sources}: one source, one output file, in the format its header names.
 *
 * <p>Source format: a header of {@code key: value} lines ended by {@code ---}, then the resume.
 * The first line of the resume is the candidate's name, the lines up to the first heading are the
 * headline (title, contact). {@code ## Heading} starts a section and the heading is printed exactly
 * as written, so each resume keeps its own heading style. {@code - } or {@code * } starts a bullet,
 * {@code | a | b |} is a table row (the first row of a table is its header), {@code @sidebar} and
 * {@code @main} move the following sections into the left or right column of a two-column layout.
 *
 * <p>Output is byte-for-byte reproducible: fixed dates, fixed document ids, fixed zip entry times and
 * a seeded random source for the scanned page, so regenerating leaves git clean.
 *
 * <p>Run from the repository root: {@code examples/generator/generate.sh}.
 */
public final class GenerateExamples {

    /** Every generated file claims this creation time, so regenerating changes nothing. */
    private static final Calendar FIXED_DATE = fixedDate();

    private static final float PAGE_MARGIN = 54f;

    private GenerateExamples() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args.length > 0 ? args[0] : "examples/generator/sources");
        Path output = Path.of(args.length > 1 ? args[1] : "examples/resumes");
        Files.createDirectories(output);

        List<Path> files;
        try (Stream<Path> listing = Files.list(sources)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        List<Source> all = new ArrayList<>();
        for (Path file : files) {
            Source source = Source.parse(file);
            byte[] bytes = render(source);
            if (bytes.length > 100 * 1024) {
                throw new IllegalStateException(source.output() + " is " + bytes.length + " bytes; keep examples under 100 KB");
            }
            Files.write(output.resolve(source.output()), bytes);
            all.add(source);
            System.out.printf(Locale.ROOT, "%-58s %-18s %7d bytes%n", source.output(), source.format(), bytes.length);
        }
        Files.writeString(output.resolveSibling("resumes-manifest.csv"), manifest(all), StandardCharsets.UTF_8);
        System.out.println(all.size() + " resumes written to " + output);
    }

    private static byte[] render(Source source) throws IOException {
        return switch (source.format()) {
            case "txt" -> TextRenderer.render(source.resume()).getBytes(StandardCharsets.UTF_8);
            case "html" -> HtmlRenderer.render(source.resume(), source.language()).getBytes(StandardCharsets.UTF_8);
            case "rtf" -> RtfRenderer.render(source.resume()).getBytes(StandardCharsets.US_ASCII);
            case "docx" -> DocxRenderer.render(source.resume());
            case "odt" -> OdtRenderer.render(source.resume());
            case "pdf" -> PdfRenderer.render(source.resume(), source.layout(), source.output());
            case "pdf-scanned" -> ScannedPdf.render(PdfRenderer.render(source.resume(), "single-column", source.output()), source.output());
            default -> throw new IllegalArgumentException(source.file() + ": unknown format " + source.format());
        };
    }

    private static String manifest(List<Source> sources) {
        StringBuilder csv = new StringBuilder("file,format,layout,language,job,expected_fit,expected_parse,candidate,notes\n");
        for (Source s : sources) {
            csv.append(String.join(",",
                    s.output(), s.format(), s.layout(), s.language(), s.header("job"), s.header("fit"),
                    s.header("parse"), csvField(s.resume().name()), csvField(s.header("notes")))).append('\n');
        }
        return csv.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static Calendar fixedDate() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.clear();
        calendar.set(2026, Calendar.NOVEMBER, 2, 9, 0, 0);
        return calendar;
    }

    // ------------------------------------------------------------------ model

    /** A resume as the source describes it. */
    record Resume(String name, List<String> headline, List<Section> main, List<Section> sidebar) {
        List<Section> allSections() {
            List<Section> all = new ArrayList<>(sidebar);
            all.addAll(main);
            return all;
        }
    }

    record Section(String heading, List<Block> blocks) {
    }

    sealed interface Block permits Line, Bullet, Table, Gap {
    }

    /** One line of the source, wrapped when it does not fit. */
    record Line(String text) implements Block {
    }

    /** A bullet; {@code marker} is the character the source used. */
    record Bullet(char marker, String text) implements Block {
    }

    /** A table: the first row is the header. */
    record Table(List<List<String>> rows) implements Block {
    }

    /** A blank line in the source. */
    record Gap() implements Block {
    }

    record Source(Path file, Map<String, String> headers, Resume resume) {

        String output() {
            return header("output");
        }

        String format() {
            return header("format");
        }

        String layout() {
            return headers.getOrDefault("layout", "single-column");
        }

        String language() {
            return headers.getOrDefault("language", "en");
        }

        String header(String key) {
            String value = headers.get(key);
            if (value == null) {
                throw new IllegalStateException(file + ": missing header '" + key + "'");
            }
            return value;
        }

        static Source parse(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            int i = 0;
            for (; i < lines.size() && !lines.get(i).equals("---"); i++) {
                String line = lines.get(i);
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
            if (i == lines.size()) {
                throw new IllegalStateException(file + ": no '---' after the header");
            }
            return new Source(file, headers, parseResume(file, lines.subList(i + 1, lines.size())));
        }

        private static Resume parseResume(Path file, List<String> lines) {
            String name = null;
            List<String> headline = new ArrayList<>();
            List<Section> main = new ArrayList<>();
            List<Section> sidebar = new ArrayList<>();
            List<Section> target = main;
            Section current = null;
            List<List<String>> table = null;
            for (String raw : lines) {
                String line = raw.stripTrailing();
                boolean tableRow = line.startsWith("|");
                if (table != null && !tableRow) {
                    current.blocks().add(new Table(table));
                    table = null;
                }
                if (line.equals("@sidebar") || line.equals("@main")) {
                    target = line.equals("@sidebar") ? sidebar : main;
                    current = null;
                } else if (line.startsWith("## ")) {
                    current = new Section(line.substring(3).trim(), new ArrayList<>());
                    target.add(current);
                } else if (current == null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (name == null) {
                        name = line.trim();
                    } else {
                        headline.add(line.trim());
                    }
                } else if (tableRow) {
                    if (table == null) {
                        table = new ArrayList<>();
                    }
                    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
                    List<String> cells = new ArrayList<>();
                    for (String cell : inner.split("\\|", -1)) {
                        cells.add(cell.trim());
                    }
                    table.add(cells);
                } else if (line.isBlank()) {
                    current.blocks().add(new Gap());
                } else if (line.startsWith("- ") || line.startsWith("* ")) {
                    current.blocks().add(new Bullet(line.charAt(0), line.substring(2).trim()));
                } else {
                    current.blocks().add(new Line(line.trim()));
                }
            }
            if (table != null) {
                current.blocks().add(new Table(table));
            }
            if (name == null) {
                throw new IllegalStateException(file + ": no candidate name");
            }
            // Trailing blank lines carry no meaning in any format.
            for (Section section : main) {
                trimGaps(section.blocks());
            }
            for (Section section : sidebar) {
                trimGaps(section.blocks());
            }
            return new Resume(name, headline, main, sidebar);
        }

        private static void trimGaps(List<Block> blocks) {
            while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Gap) {
                blocks.remove(blocks.size() - 1);
            }
        }
    }

    // ------------------------------------------------------------------ plain text

    static final class TextRenderer {

        static String render(Resume resume) {
            StringBuilder out = new StringBuilder();
            out.append(resume.name()).append('\n');
            resume.headline().forEach(line -> out.append(line).append('\n'));
            for (Section section : resume.allSections()) {
                out.append('\n').append(section.heading()).append('\n');
                for (Block block : section.blocks()) {
                    if (block instanceof Line line) {
                        out.append(line.text()).append('\n');
                    } else if (block instanceof Bullet bullet) {
                        out.append(bullet.marker()).append(' ').append(bullet.text()).append('\n');
                    } else if (block instanceof Table table) {
                        appendTable(out, table);
                    } else {
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        }

        /** Plain-text tables are padded into columns, the way people type them. */
        private static void appendTable(StringBuilder out, Table table) {
            int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
            int[] widths = new int[columns];
            for (List<String> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.max(widths[c], row.get(c).length());
                }
            }
            for (List<String> row : table.rows()) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.size(); c++) {
                    line.append(String.format(Locale.ROOT, "%-" + (widths[c] + 3) + "s", row.get(c)));
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
    }

    // ------------------------------------------------------------------ HTML

    static final class HtmlRenderer {

        static String render(Resume resume, String language) {
            StringBuilder out = new StringBuilder();
            out.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<title>").append(escape(resume.name())).append(" - Resume</title>\n")
                    .append("<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;}")
                    .append("h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase;}")
                    .append("td,th{padding:2px 10px 2px 0;text-align:left;vertical-align:top;}</style>\n")
                    .append("</head>\n<body>\n<header>\n<h1>").append(escape(resume.name())).append("</h1>\n");
            resume.headline().forEach(line -> out.append("<p>").append(escape(line)).append("</p>\n"));
            out.append("</header>\n");
            for (Section section : resume.allSections()) {
                out.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
                boolean inList = false;
                for (Block block : section.blocks()) {
                    if (inList && !(block instanceof Bullet)) {
                        out.append("</ul>\n");
                        inList = false;
                    }
                    if (block instanceof Line line) {
                        out.append("<p>").append(escape(line.text())).append("</p>\n");
                    } else if (block instanceof Bullet bullet) {
                        if (!inList) {
                            out.append("<ul>\n");
                            inList = true;
                        }
                        out.append("<li>").append(escape(bullet.text())).append("</li>\n");
                    } else if (block instanceof Table table) {
                        out.append("<table>\n");
                        for (int r = 0; r < table.rows().size(); r++) {
                            String tag = r == 0 ? "th" : "td";
                            out.append("<tr>");
                            for (String cell : table.rows().get(r)) {
                                out.append('<').append(tag).append('>').append(escape(cell)).append("</").append(tag).append('>');
                            }
                            out.append("</tr>\n");
                        }
                        out.append("</table>\n");
                    }
                }
                if (inList) {
                    out.append("</ul>\n");
                }
                out.append("</section>\n");
            }
            return out.append("</body>\n</html>\n").toString();
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    // ------------------------------------------------------------------ RTF

    static final class RtfRenderer {

        static String render(Resume resume) {
            StringBuilder out = new StringBuilder();
            out.append("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}\n");
            out.append("\\paperw12240\\paperh15840\\margl1080\\margr1080\\margt1080\\margb1080\n");
            out.append("{\\pard\\qc\\f1\\fs36\\b ").append(escape(resume.name())).append("\\b0\\par}\n");
            for (String line : resume.headline()) {
                out.append("{\\pard\\qc\\f0\\fs20 ").append(escape(line)).append("\\par}\n");
            }
            for (Section section : resume.allSections()) {
                out.append("{\\pard\\sb240\\sa80\\f1\\fs24\\b ").append(escape(section.heading())).append("\\b0\\par}\n");
                for (Block block : section.blocks()) {
                    if (block instanceof Line line) {
                        out.append("{\\pard\\f0\\fs21 ").append(escape(line.text())).append("\\par}\n");
                    } else if (block instanceof Bullet bullet) {
                        out.append("{\\pard\\li360\\fi-240\\f0\\fs21 \\bullet\\tab ")
                                .append(escape(bullet.text())).append("\\par}\n");
                    } else if (block instanceof Table table) {
                        table.rows().forEach(row -> out.append("{\\pard\\f0\\fs21 ")
                                .append(row.stream().map(RtfRenderer::escape).collect(Collectors.joining("\\tab ")))
                                .append("\\par}\n"));
                    } else {
                        out.append("{\\pard\\fs12\\par}\n");
                    }
                }
            }
            return out.append("}\n").toString();
        }

        /** RTF is 7-bit: everything else becomes a code-page escape. */
        private static String escape(String text) {
            Charset cp1252 = Charset.forName("windows-1252");
            StringBuilder out = new StringBuilder();
            for (char ch : text.toCharArray()) {
                if (ch == '\\' || ch == '{' || ch == '}') {
                    out.append('\\').append(ch);
                } else if (ch < 0x80) {
                    out.append(ch);
                } else {
                    byte[] encoded = String.valueOf(ch).getBytes(cp1252);
                    out.append(String.format(Locale.ROOT, "\\'%02x", encoded[0] & 0xff));
                }
            }
            return out.toString();
        }
    }

    // ------------------------------------------------------------------ DOCX

    static final class DocxRenderer {

        static byte[] render(Resume resume) throws IOException {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_DATE.getTime()));
                doc.getProperties().getCoreProperties().setModified(java.util.Optional.of(FIXED_DATE.getTime()));
                doc.getProperties().getCoreProperties().setTitle(resume.name() + " - Resume");

                XWPFParagraph title = doc.createParagraph();
                run(title, resume.name(), 20, true);
                for (String line : resume.headline()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingAfter(0);
                    run(p, line, 10, false);
                }
                for (Section section : resume.allSections()) {
                    XWPFParagraph heading = doc.createParagraph();
                    heading.setSpacingBefore(240);
                    heading.setBorderBottom(Borders.SINGLE);
                    run(heading, section.heading(), 13, true);
                    for (Block block : section.blocks()) {
                        if (block instanceof Line line) {
                            XWPFParagraph p = doc.createParagraph();
                            p.setSpacingAfter(40);
                            run(p, line.text(), 10.5, false);
                        } else if (block instanceof Bullet bullet) {
                            XWPFParagraph p = doc.createParagraph();
                            p.setSpacingAfter(20);
                            p.setIndentationLeft(360);
                            p.setIndentationHanging(240);
                            run(p, "\u2022\t" + bullet.text(), 10.5, false);
                        } else if (block instanceof Table table) {
                            table(doc, table);
                        } else {
                            doc.createParagraph().setSpacingAfter(0);
                        }
                    }
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.write(bytes);
                return Zips.withFixedTimes(bytes.toByteArray());
            }
        }

        private static void table(XWPFDocument doc, Table table) {
            int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
            XWPFTable t = doc.createTable(table.rows().size(), columns);
            t.setWidth("100%");
            for (int r = 0; r < table.rows().size(); r++) {
                XWPFTableRow row = t.getRow(r);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    run(p, c < cells.size() ? cells.get(c) : "", 10, r == 0);
                    if (r == 0) {
                        cell.setColor("D9E2F3");
                    }
                }
            }
        }

        private static void run(XWPFParagraph paragraph, String text, double size, boolean bold) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily("Calibri");
            run.setFontSize(size);
            run.setBold(bold);
            String[] parts = text.split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    run.addTab();
                }
                run.setText(parts[i], i);
            }
        }
    }

    // ------------------------------------------------------------------ ODT

    /**
     * OpenDocument text, written by hand: a zip whose first entry is the uncompressed {@code mimetype},
     * a manifest and a {@code content.xml} with headings, paragraphs, lists and tables.
     */
    static final class OdtRenderer {

        private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

        static byte[] render(Resume resume) throws IOException {
            StringBuilder body = new StringBuilder();
            body.append("<text:h text:style-name=\"Title\" text:outline-level=\"1\">").append(xml(resume.name()))
                    .append("</text:h>\n");
            resume.headline().forEach(line -> body.append("<text:p>").append(xml(line)).append("</text:p>\n"));
            int tables = 0;
            for (Section section : resume.allSections()) {
                body.append("<text:h text:outline-level=\"2\">").append(xml(section.heading())).append("</text:h>\n");
                boolean inList = false;
                for (Block block : section.blocks()) {
                    if (inList && !(block instanceof Bullet)) {
                        body.append("</text:list>\n");
                        inList = false;
                    }
                    if (block instanceof Line line) {
                        body.append("<text:p>").append(xml(line.text())).append("</text:p>\n");
                    } else if (block instanceof Bullet bullet) {
                        if (!inList) {
                            body.append("<text:list>\n");
                            inList = true;
                        }
                        body.append("<text:list-item><text:p>").append(xml(bullet.text()))
                                .append("</text:p></text:list-item>\n");
                    } else if (block instanceof Table table) {
                        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
                        body.append("<table:table table:name=\"Table").append(++tables).append("\">")
                                .append("<table:table-column table:number-columns-repeated=\"").append(columns)
                                .append("\"/>\n");
                        for (List<String> row : table.rows()) {
                            body.append("<table:table-row>");
                            for (String cell : row) {
                                body.append("<table:table-cell office:value-type=\"string\"><text:p>").append(xml(cell))
                                        .append("</text:p></table:table-cell>");
                            }
                            body.append("</table:table-row>\n");
                        }
                        body.append("</table:table>\n");
                    } else {
                        body.append("<text:p/>\n");
                    }
                }
                if (inList) {
                    body.append("</text:list>\n");
                }
            }
            String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">\n"
                    + "<office:body><office:text>\n" + body + "</office:text></office:body></office:document-content>\n";
            String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                    + "manifest:version=\"1.3\">\n"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>\n"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                    + "</manifest:manifest>\n";

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
                ZipEntry first = new ZipEntry("mimetype");
                first.setMethod(ZipEntry.STORED);
                first.setSize(mimetype.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(mimetype);
                first.setCrc(crc.getValue());
                first.setTime(FIXED_DATE.getTimeInMillis());
                zip.putNextEntry(first);
                zip.write(mimetype);
                zip.closeEntry();
                for (Map.Entry<String, String> entry : Map.of("META-INF/manifest.xml", manifest, "content.xml", content)
                        .entrySet().stream().sorted(Map.Entry.comparingByKey()).collect(Collectors.toList())) {
                    ZipEntry e = new ZipEntry(entry.getKey());
                    e.setTime(FIXED_DATE.getTimeInMillis());
                    zip.putNextEntry(e);
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }

        private static String xml(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /** Re-packs a zip with fixed entry times so that generated Office files are reproducible. */
    static final class Zips {

        static byte[] withFixedTimes(byte[] zip) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                 ZipOutputStream repacked = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(FIXED_DATE.getTimeInMillis());
                    repacked.putNextEntry(copy);
                    in.transferTo(repacked);
                    repacked.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ PDF

    static final class PdfRenderer {

        private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        private static final float SIDEBAR_WIDTH = 170f;

        static byte[] render(Resume resume, String layout, String id) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(resume.name() + " - Resume");
                info.setAuthor(resume.name());
                info.setProducer("Shortlist example generator");
                info.setCreationDate(FIXED_DATE);
                info.setModificationDate(FIXED_DATE);
                Pages pages = new Pages(doc);
                float width = PDRectangle.LETTER.getWidth();
                float top = PDRectangle.LETTER.getHeight() - PAGE_MARGIN;
                switch (layout) {
                    case "single-column", "table" -> {
                        Flow flow = new Flow(pages, PAGE_MARGIN, width - 2 * PAGE_MARGIN, top);
                        header(flow, resume, false);
                        resume.allSections().forEach(flow::section);
                        flow.close();
                    }
                    case "two-column" -> {
                        // A full-width banner, then the main column on the right and a shaded sidebar on the
                        // left. The main column is written first, as many resume templates do, so text
                        // extraction meets the sidebar after the experience section.
                        Flow banner = new Flow(pages, PAGE_MARGIN, width - 2 * PAGE_MARGIN, top);
                        header(banner, resume, true);
                        float columnsTop = banner.y() - 10;
                        banner.close();
                        float sidebarX = PAGE_MARGIN - 14;
                        float mainX = sidebarX + SIDEBAR_WIDTH + 22;
                        Flow main = new Flow(pages, mainX, width - PAGE_MARGIN - mainX, columnsTop);
                        resume.main().forEach(main::section);
                        main.close();
                        Flow side = new Flow(pages, sidebarX + 10, SIDEBAR_WIDTH - 20, columnsTop - 10);
                        side.shade(sidebarX, 28, SIDEBAR_WIDTH, columnsTop - 28);
                        side.smaller();
                        resume.sidebar().forEach(side::section);
                        side.close();
                    }
                    default -> throw new IllegalArgumentException("unknown PDF layout " + layout);
                }
                return save(doc, id);
            }
        }

        private static void header(Flow flow, Resume resume, boolean banner) {
            flow.text(resume.name(), BOLD, banner ? 24 : 20, 0);
            flow.skip(4);
            for (String line : resume.headline()) {
                flow.text(line, REGULAR, 10, 0);
            }
            flow.skip(6);
            flow.rule();
        }

        /** Saves with a document id derived from the file name instead of the clock. */
        static byte[] save(PDDocument doc, String id) throws IOException {
            byte[] digest = md5(id);
            COSArray ids = new COSArray();
            ids.add(new COSString(digest));
            ids.add(new COSString(digest));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }

        private static byte[] md5(String text) {
            try {
                return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Pages shared by several flows: a flow that runs off the bottom continues on the next page. */
        static final class Pages {
            private final PDDocument doc;
            private final List<PDPage> pages = new ArrayList<>();

            Pages(PDDocument doc) {
                this.doc = doc;
            }

            PDPage get(int index) {
                while (pages.size() <= index) {
                    PDPage page = new PDPage(PDRectangle.LETTER);
                    doc.addPage(page);
                    pages.add(page);
                }
                return pages.get(index);
            }

            PDDocument doc() {
                return doc;
            }
        }

        /** Writes text top-down into one column, wrapping lines and breaking pages. */
        static final class Flow {
            private final Pages pages;
            private final float x;
            private final float width;
            private final float top;
            private float y;
            private int page;
            private float scale = 1f;
            private PDPageContentStream stream;

            Flow(Pages pages, float x, float width, float top) {
                this.pages = pages;
                this.x = x;
                this.width = width;
                this.top = top;
                this.y = top;
            }

            float y() {
                return y;
            }

            void smaller() {
                scale = 0.9f;
            }

            void section(Section section) {
                skip(10);
                need(40);
                text(section.heading(), BOLD, 12.5f * scale, 0);
                skip(2);
                for (Block block : section.blocks()) {
                    if (block instanceof Line line) {
                        text(line.text(), lineFont(line.text()), 10f * scale, 0);
                    } else if (block instanceof Bullet bullet) {
                        bullet(bullet.text());
                    } else if (block instanceof Table table) {
                        table(table);
                    } else {
                        skip(5);
                    }
                }
            }

            /** Lines that look like a role or degree title (no sentence punctuation, short) are set in italics. */
            private PDFont lineFont(String text) {
                return text.length() < 90 && (text.contains(" | ") || text.contains(" \u2014 ")) ? ITALIC : REGULAR;
            }

            void text(String text, PDFont font, float size, float indent) {
                for (String line : wrap(text, font, size, width - indent)) {
                    need(size * 1.35f);
                    y -= size * 1.35f;
                    show(line, font, size, x + indent, y);
                }
            }

            void bullet(String text) {
                float size = 10f * scale;
                List<String> lines = wrap(text, REGULAR, size, width - 14);
                for (int i = 0; i < lines.size(); i++) {
                    need(size * 1.35f);
                    y -= size * 1.35f;
                    if (i == 0) {
                        show("\u2022", REGULAR, size, x + 3, y);
                    }
                    show(lines.get(i), REGULAR, size, x + 14, y);
                }
            }

            void table(Table table) {
                int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
                float size = 9.5f;
                float padding = 4f;
                float[] widths = columnWidths(table, columns, BOLD, size, padding);
                for (int r = 0; r < table.rows().size(); r++) {
                    PDFont font = r == 0 ? BOLD : REGULAR;
                    List<String> row = table.rows().get(r);
                    List<List<String>> cellLines = new ArrayList<>();
                    int height = 1;
                    for (int c = 0; c < columns; c++) {
                        List<String> lines = wrap(c < row.size() ? row.get(c) : "", font, size, widths[c] - 2 * padding);
                        cellLines.add(lines);
                        height = Math.max(height, lines.size());
                    }
                    float rowHeight = height * size * 1.3f + 2 * padding;
                    need(rowHeight);
                    float cellX = x;
                    for (int c = 0; c < columns; c++) {
                        if (r == 0) {
                            fill(cellX, y - rowHeight, widths[c], rowHeight, 0.88f);
                        }
                        stroke(cellX, y - rowHeight, widths[c], rowHeight);
                        float lineY = y - padding;
                        for (String line : cellLines.get(c)) {
                            lineY -= size * 1.3f;
                            show(line, font, size, cellX + padding, lineY + 2);
                        }
                        cellX += widths[c];
                    }
                    y -= rowHeight;
                }
                skip(4);
            }

            /**
             * Column widths: each column is at least as wide as its longest word (no word is ever cut),
             * and the rest of the line is shared in proportion to the longest cell of each column.
             */
            private float[] columnWidths(Table table, int columns, PDFont font, float size, float padding) {
                float[] minimum = new float[columns];
                float[] longest = new float[columns];
                for (List<String> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        for (String word : row.get(c).split(" ")) {
                            minimum[c] = Math.max(minimum[c], width(word, BOLD, size) + 2 * padding + 1);
                        }
                        longest[c] = Math.max(longest[c], Math.min(row.get(c).length(), 60));
                    }
                }
                float spare = width;
                float total = 0;
                for (int c = 0; c < columns; c++) {
                    spare -= minimum[c];
                    total += longest[c];
                }
                float[] widths = new float[columns];
                for (int c = 0; c < columns; c++) {
                    widths[c] = minimum[c] + Math.max(spare, 0) * longest[c] / total;
                }
                return widths;
            }

            void rule() {
                need(4);
                y -= 4;
                try {
                    stream().setLineWidth(0.8f);
                    stream().moveTo(x, y);
                    stream().lineTo(x + width, y);
                    stream().stroke();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            void shade(float sx, float sy, float sw, float sh) {
                fill(sx, sy, sw, sh, 0.93f);
            }

            void skip(float points) {
                y -= points;
            }

            /** Moves to the next page when fewer than {@code height} points are left. */
            private void need(float height) {
                if (y - height < PAGE_MARGIN) {
                    close();
                    page++;
                    y = PDRectangle.LETTER.getHeight() - PAGE_MARGIN;
                }
            }

            private void show(String text, PDFont font, float size, float tx, float ty) {
                try {
                    PDPageContentStream s = stream();
                    s.beginText();
                    s.setFont(font, size);
                    s.newLineAtOffset(tx, ty);
                    s.showText(text);
                    s.endText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot set '" + text + "' in " + font.getName() + ": " + e.getMessage(), e);
                }
            }

            private void fill(float fx, float fy, float fw, float fh, float gray) {
                try {
                    PDPageContentStream s = stream();
                    s.setNonStrokingColor(gray);
                    s.addRect(fx, fy, fw, fh);
                    s.fill();
                    s.setNonStrokingColor(0f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private void stroke(float sx, float sy, float sw, float sh) {
                try {
                    PDPageContentStream s = stream();
                    s.setLineWidth(0.5f);
                    s.addRect(sx, sy, sw, sh);
                    s.stroke();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private PDPageContentStream stream() throws IOException {
                if (stream == null) {
                    stream = new PDPageContentStream(pages.doc(), pages.get(page), AppendMode.APPEND, true);
                }
                return stream;
            }

            void close() {
                if (stream != null) {
                    try {
                        stream.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    stream = null;
                }
            }

            static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
                List<String> lines = new ArrayList<>();
                StringBuilder line = new StringBuilder();
                for (String word : text.split(" ")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (line.length() > 0 && width(candidate, font, size) > maxWidth) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
                return lines;
            }

            private static float width(String text, PDFont font, float size) {
                try {
                    return font.getStringWidth(text) / 1000f * size;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot set '" + text + "' in " + font.getName() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    // ------------------------------------------------------------------ scanned PDF

    /**
     * Turns a rendered PDF into what a flatbed scan of its printout looks like: each page becomes
     * one slightly rotated, speckled bitmap and nothing else — no fonts, no text layer.
     */
    static final class ScannedPdf {

        private static final float DPI = 150f;

        static byte[] render(byte[] printed, String id) throws IOException {
            Random noise = new Random(42);
            try (PDDocument source = Loader.loadPDF(printed); PDDocument scan = new PDDocument()) {
                PDFRenderer renderer = new PDFRenderer(source);
                for (int i = 0; i < source.getNumberOfPages(); i++) {
                    BufferedImage page = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                    BufferedImage scanned = scanLook(page, noise);
                    PDPage pdfPage = new PDPage(PDRectangle.LETTER);
                    scan.addPage(pdfPage);
                    PDImageXObject image = LosslessFactory.createFromImage(scan, scanned);
                    try (PDPageContentStream s = new PDPageContentStream(scan, pdfPage)) {
                        s.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                    }
                }
                scan.getDocumentInformation().setProducer("Flatbed scanner");
                scan.getDocumentInformation().setCreationDate(FIXED_DATE);
                return PdfRenderer.save(scan, id);
            }
        }

        private static BufferedImage scanLook(BufferedImage page, Random noise) {
            BufferedImage rotated = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = rotated.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(0.7), page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
            g.dispose();
            // Threshold to black and white, as office scanners do for documents, plus some dust.
            BufferedImage binary = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < rotated.getHeight(); y++) {
                for (int x = 0; x < rotated.getWidth(); x++) {
                    int gray = rotated.getRaster().getSample(x, y, 0);
                    binary.getRaster().setSample(x, y, 0, gray < 150 ? 0 : 1);
                }
            }
            for (int speck = 0; speck < 120; speck++) {
                int sx = noise.nextInt(binary.getWidth() - 3);
                int sy = noise.nextInt(binary.getHeight() - 3);
                binary.getRaster().setSample(sx, sy, 0, 0);
                if (noise.nextBoolean()) {
                    binary.getRaster().setSample(sx + 1, sy, 0, 0);
                }
            }
            return binary;
        }
    }

}
