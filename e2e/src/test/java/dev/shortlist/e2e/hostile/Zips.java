package dev.shortlist.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ZIP archives and the ZIP-based document formats (DOCX, ODT), including entries too large to hold in memory. */
final class Zips {

    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Zips() {}

    /** One entry: {@code prefix}, {@code count} copies of {@code unit}, then {@code suffix}. */
    record Entry(String name, byte[] prefix, byte[] unit, long count, byte[] suffix) {

        static Entry of(String name, byte[] content) {
            return new Entry(name, content, new byte[0], 0, new byte[0]);
        }

        static Entry of(String name, String content) {
            return of(name, utf8(content));
        }

        static Entry repeated(String name, String prefix, String unit, long count, String suffix) {
            return new Entry(name, utf8(prefix), utf8(unit), count, utf8(suffix));
        }

        long size() {
            return prefix.length + (long) unit.length * count + suffix.length;
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        List<Entry> list = new ArrayList<>();
        entries.forEach((name, content) -> list.add(Entry.of(name, content)));
        return zip(list);
    }

    /**
     * Deflated entries, except an ODF {@code mimetype}, which the format requires stored and first.
     * Written by hand because {@link java.util.zip.ZipOutputStream} cannot take data compressed ahead.
     */
    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            boolean stored = entry.name().equals("mimetype");
            Deflate.Compressed compressed =
                    Deflate.repeated(entry.prefix(), entry.unit(), entry.count(), entry.suffix());
            byte[] data = stored ? entry.prefix() : compressed.data();
            byte[] name = utf8(entry.name());
            long offset = out.size();
            ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800);
            local.putShort((short) (stored ? 0 : 8)).putShort((short) 0).putShort((short) 0x5821);
            local.putInt((int) compressed.crc32()).putInt(data.length).putInt((int) compressed.size());
            local.putShort((short) name.length).putShort((short) 0);
            out.writeBytes(local.array());
            out.writeBytes(name);
            out.writeBytes(data);
            ByteBuffer central = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800);
            central.putShort((short) (stored ? 0 : 8)).putShort((short) 0).putShort((short) 0x5821);
            central.putInt((int) compressed.crc32()).putInt(data.length).putInt((int) compressed.size());
            central.putShort((short) name.length).putShort((short) 0).putShort((short) 0);
            central.putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
            directory.writeBytes(central.array());
            directory.writeBytes(name);
        }
        long directoryOffset = out.size();
        out.writeBytes(directory.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
        end.putShort((short) entries.size()).putShort((short) entries.size());
        end.putInt(directory.size()).putInt((int) directoryOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /** A DOCX from its parts; {@code documentXml} is word/document.xml, possibly huge. */
    static byte[] docx(
            String mainType,
            Entry documentXml,
            String contentTypesPrologue,
            List<Entry> extraParts,
            String extraOverrides,
            String documentRelationships) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + contentTypesPrologue
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/>"
                        + extraOverrides + "</Types>"));
        entries.add(Entry.of(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>"));
        entries.add(documentXml);
        if (documentRelationships != null) {
            entries.add(Entry.of(
                    "word/_rels/document.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + documentRelationships + "</Relationships>"));
        }
        entries.addAll(extraParts);
        return zip(entries);
    }

    /** A plain DOCX whose document.xml is {@code prologue} followed by the paragraphs. */
    static byte[] docx(String prologue, List<String> paragraphs) {
        return docx(WORD_MAIN, documentXml(prologue, paragraphs), "", List.of(), "", null);
    }

    static Entry documentXml(String prologue, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(paragraph)
                    .append("</w:t></w:r></w:p>");
        }
        return Entry.of(
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + prologue + "<w:document xmlns:w=\""
                        + WORD_NS + "\"><w:body>" + body + "</w:body></w:document>");
    }

    /** An ODT from its content.xml (possibly huge) and a prologue for its manifest. */
    static byte[] odt(Entry contentXml, String manifestPrologue) {
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + manifestPrologue
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        return zip(List.of(
                Entry.of("mimetype", "application/vnd.oasis.opendocument.text"),
                contentXml,
                Entry.of("META-INF/manifest.xml", manifest)));
    }

    static final String ODT_OPEN =
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text>";
    static final String ODT_CLOSE = "</office:text></office:body></office:document-content>";

    static Entry contentXml(String prologue, String paragraphs) {
        return Entry.of(
                "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prologue + ODT_OPEN + paragraphs + ODT_CLOSE);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
