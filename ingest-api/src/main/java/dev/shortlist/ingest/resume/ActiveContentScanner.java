package dev.shortlist.ingest.resume;

import java.nio.charset.StandardCharsets;

/**
 * Finds what makes a document more than a document in its raw bytes: an executable image
 * anywhere in it, or, for a PDF, an executable right after its header, an archive or executable
 * appended after its last {@code %%EOF}, or a ZIP directory at its end (a PDF+ZIP polyglot). Each
 * signature is checked with enough structure (PE header offset, ELF class and version, Mach-O CPU
 * type) that random bytes in compressed streams do not match. PDF actions (JavaScript, Launch,
 * embedded files) need a PDF parser and are detected at parse time, not here.
 */
final class ActiveContentScanner {

    /** ZIP readers look for the end-of-central-directory record this far from the end. */
    private static final int ZIP_DIRECTORY_WINDOW = 22 + 65_535;

    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VBA_PROJECT_UTF16 = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);

    private ActiveContentScanner() {}

    /** What was found, as a sentence for the problem detail, or {@code null} for nothing. */
    static String find(byte[] content, String mediaType) {
        String executable = executable(content, 0, content.length);
        if (executable != null) {
            return "It contains " + executable + ".";
        }
        if ("application/pdf".equals(mediaType)) {
            return pdf(content);
        }
        if ("application/msword".equals(mediaType) && indexOf(content, VBA_PROJECT_UTF16, 0) >= 0) {
            return "It is a Word document with macros (a VBA project).";
        }
        return null;
    }

    private static String pdf(byte[] c) {
        int body = afterHeaderLine(c);
        if (body >= 0 && (startsWith(c, body, 'M', 'Z') || startsWith(c, body, 0x7F, 'E', 'L', 'F'))) {
            return "An executable follows the PDF header at byte " + body + ".";
        }
        int eof = lastIndexOf(c, PDF_EOF);
        if (eof >= 0) {
            int tail = eof + PDF_EOF.length;
            String appended = appended(c, tail);
            if (appended != null) {
                return appended + " is appended after the end of the PDF (%%EOF at byte " + eof + ").";
            }
        }
        for (int i = c.length - 4; i >= Math.max(0, c.length - ZIP_DIRECTORY_WINDOW); i--) {
            if (c[i] == 'P' && c[i + 1] == 'K' && c[i + 2] == 5 && c[i + 3] == 6) {
                return "It is also a ZIP archive (its end of central directory is at byte " + i + ").";
            }
        }
        return null;
    }

    /** An archive or executable signature in the bytes after a PDF's end, if any. */
    private static String appended(byte[] c, int from) {
        for (int i = from; i < c.length; i++) {
            if (startsWith(c, i, 'P', 'K', 3, 4) || startsWith(c, i, 'P', 'K', 5, 6)) {
                return "A ZIP archive at byte " + i;
            }
            if (startsWith(c, i, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
                return "A RAR archive at byte " + i;
            }
            if (startsWith(c, i, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
                return "A 7-Zip archive at byte " + i;
            }
            if (startsWith(c, i, 0x1F, 0x8B, 0x08)) {
                return "A gzip stream at byte " + i;
            }
            if (startsWith(c, i, 'M', 'Z') || startsWith(c, i, 0x7F, 'E', 'L', 'F')) {
                return "An executable at byte " + i;
            }
        }
        return null;
    }

    /** The first executable image in {@code c[from, to)}, described, or {@code null}. */
    static String executable(byte[] c, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            byte b = c[i];
            if (b == 'M' && c[i + 1] == 'Z' && isPortableExecutable(c, i, to)) {
                return "a Windows executable (PE) at byte " + i;
            }
            if (b == 0x7F && c[i + 1] == 'E' && c[i + 2] == 'L' && c[i + 3] == 'F' && isElf(c, i, to)) {
                return "a Linux executable (ELF) at byte " + i;
            }
            if ((b == (byte) 0xCE || b == (byte) 0xCF) && isMachO(c, i, to)) {
                return "a macOS executable (Mach-O) at byte " + i;
            }
        }
        return null;
    }

    private static boolean isPortableExecutable(byte[] c, int at, int to) {
        if (at + 0x40 > to) {
            return false;
        }
        int peOffset = littleEndianInt(c, at + 0x3C);
        if (peOffset < 0x40 || peOffset > 0x10000 || at + peOffset + 4 > to) {
            return false;
        }
        int pe = at + peOffset;
        return c[pe] == 'P' && c[pe + 1] == 'E' && c[pe + 2] == 0 && c[pe + 3] == 0;
    }

    private static boolean isElf(byte[] c, int at, int to) {
        return at + 7 <= to
                && (c[at + 4] == 1 || c[at + 4] == 2)
                && (c[at + 5] == 1 || c[at + 5] == 2)
                && c[at + 6] == 1;
    }

    private static boolean isMachO(byte[] c, int at, int to) {
        // Little-endian magic 0xFEEDFACE / 0xFEEDFACF followed by a known CPU type.
        if (at + 8 > to || c[at + 1] != (byte) 0xFA || c[at + 2] != (byte) 0xED || c[at + 3] != (byte) 0xFE) {
            return false;
        }
        int cpu = littleEndianInt(c, at + 4);
        return cpu == 7 || cpu == 12 || cpu == 0x01000007 || cpu == 0x0100000C;
    }

    /** Where the line after {@code %PDF-x.y} starts, or -1 when there is none. */
    private static int afterHeaderLine(byte[] c) {
        int i = 0;
        while (i < c.length && i < 1024 && c[i] != '\n' && c[i] != '\r') {
            i++;
        }
        while (i < c.length && (c[i] == '\n' || c[i] == '\r' || c[i] == ' ' || c[i] == '\t')) {
            i++;
        }
        return i < c.length ? i : -1;
    }

    private static boolean startsWith(byte[] c, int at, int... signature) {
        if (at + signature.length > c.length) {
            return false;
        }
        for (int k = 0; k < signature.length; k++) {
            if (c[at + k] != (byte) signature[k]) {
                return false;
            }
        }
        return true;
    }

    private static int littleEndianInt(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8 | (c[at + 2] & 0xFF) << 16 | (c[at + 3] & 0xFF) << 24;
    }

    static int indexOf(byte[] c, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= c.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (c[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] c, byte[] needle) {
        outer:
        for (int i = c.length - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (c[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
