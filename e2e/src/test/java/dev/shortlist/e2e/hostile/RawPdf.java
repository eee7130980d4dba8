package dev.shortlist.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes PDFs object by object, with a correct cross-reference table, for the inputs a PDF library
 * refuses to produce (bombs, deep nesting, actions, appended data).
 */
final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Reserves the next object number, to be filled by {@link #set}. */
    int reserve() {
        objects.add(null);
        return objects.size();
    }

    int add(String body) {
        return add(ascii(body));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    void set(int number, String body) {
        objects.set(number - 1, ascii(body));
    }

    /** A stream object: {@code dictionary} is the inside of its dictionary, without {@code /Length}. */
    int stream(String dictionary, byte[] data) {
        return add(streamBody(dictionary, data));
    }

    static byte[] streamBody(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    /** The file, with object {@code root} as its catalog. */
    byte[] build(int root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root ")
                .append(root)
                .append(" 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    /**
     * A one-page document whose content stream object is {@code contents} (see {@link #streamBody});
     * {@code resources}, {@code pageExtra} and {@code catalogExtra} go into the page's resources, the
     * page and the catalog. Objects 1 to 5 are catalog, pages, page, font and content, so objects
     * added before {@link #build} are numbered from {@link #NEXT}.
     */
    static RawPdf onePage(byte[] contents, String resources, String pageExtra, String catalogExtra) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int page = pdf.reserve();
        int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int content = pdf.add(contents);
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R " + catalogExtra + " >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(
                page,
                "<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 " + font
                        + " 0 R >> " + resources + " >> /Contents " + content + " 0 R " + pageExtra + " >>");
        return pdf;
    }

    /** The first object number free after {@link #onePage}. */
    static final int NEXT = 6;

    /** A one-page document showing {@code lines}, compressed. */
    static RawPdf onePage(List<String> lines, String pageExtra, String catalogExtra) {
        return onePage(streamBody("/Filter /FlateDecode", deflate(textContent(lines))), "", pageExtra, catalogExtra);
    }

    /** A content stream showing the lines top-down in 10-pt Helvetica. */
    static byte[] textContent(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 10 Tf 14 TL 50 760 Td\n");
        for (String line : lines) {
            text.append('(').append(escape(line)).append(") Tj T*\n");
        }
        return ascii(text.append("ET\n").toString());
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Zlib data of {@code prefix}, {@code count} copies of {@code unit}, then {@code suffix} (see {@link Deflate}). */
    static byte[] deflateRepeated(byte[] prefix, byte[] unit, long count, byte[] suffix) {
        return Deflate.repeated(prefix, unit, count, suffix).zlib();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
