package dev.shortlist.ingest.resume;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Expands an uploaded ZIP defensively. The archive is streamed entry by entry and every
 * decompressed byte is counted as it is produced; sizes declared in the headers are never trusted.
 * Whole-archive failures (zip bomb, encryption, corruption) throw {@link ArchiveRejectedException};
 * an entry that is merely unacceptable (path traversal, oversize) becomes an {@link Entry} with a
 * rejection and the rest of the archive is still read.
 */
public final class ArchiveReader {

    private final Limits limits;

    public ArchiveReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param maxEntries           entries (files and directories) an archive may hold
     * @param maxTotalBytes        decompressed bytes an archive may expand to
     * @param maxCompressionRatio  decompressed bytes per compressed byte, over the whole archive
     * @param maxEntryBytes        decompressed bytes one file may have (the per-file upload limit)
     */
    public record Limits(int maxEntries, long maxTotalBytes, int maxCompressionRatio, long maxEntryBytes) {}

    /** One file of the archive: its bytes, or why it was not taken. */
    public record Entry(String fileName, byte[] content, RejectionReason rejection, String detail) {

        static Entry accepted(String fileName, byte[] content) {
            return new Entry(fileName, content, null, null);
        }

        static Entry rejected(String fileName, RejectionReason reason, String detail) {
            return new Entry(fileName, null, reason, detail);
        }

        public boolean isRejected() {
            return rejection != null;
        }
    }

    /** The whole archive was refused; nothing from it is used. */
    public static final class ArchiveRejectedException extends Exception {
        private final RejectionReason reason;

        public ArchiveRejectedException(RejectionReason reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public RejectionReason reason() {
            return reason;
        }
    }

    public List<Entry> read(byte[] archive) throws ArchiveRejectedException {
        // Budget for the ratio check: small archives may expand up to a floor, large ones by ratio.
        long ratioBudget = Math.max((long) archive.length * limits.maxCompressionRatio(), 1L << 20);
        long budget = Math.min(limits.maxTotalBytes(), ratioBudget);
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                if (++count > limits.maxEntries()) {
                    throw new ArchiveRejectedException(
                            RejectionReason.ZIP_BOMB, "The archive has more than " + limits.maxEntries() + " entries.");
                }
                String name = entry.getName();
                boolean traversal = isTraversal(name);
                boolean keep = !entry.isDirectory() && !traversal;
                ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
                long entryBytes = drain(zip, content, limits.maxEntryBytes(), budget - total);
                total += entryBytes;
                if (total > budget) {
                    throw new ArchiveRejectedException(
                            RejectionReason.ZIP_BOMB,
                            total > limits.maxTotalBytes()
                                    ? "The archive expands to more than " + limits.maxTotalBytes() + " bytes."
                                    : "The archive expands more than " + limits.maxCompressionRatio()
                                            + " times its size.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (traversal) {
                    entries.add(Entry.rejected(
                            name,
                            RejectionReason.PATH_TRAVERSAL,
                            "Entry name '" + name + "' is absolute or contains '..'."));
                } else if (entryBytes > limits.maxEntryBytes()) {
                    entries.add(Entry.rejected(
                            baseName(name),
                            RejectionReason.FILE_TOO_LARGE,
                            "The file expands to more than " + limits.maxEntryBytes() + " bytes."));
                } else {
                    entries.add(Entry.accepted(baseName(name), content.toByteArray()));
                }
            }
        } catch (ZipException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("encrypted")) {
                throw new ArchiveRejectedException(
                        RejectionReason.ENCRYPTED_ARCHIVE, "The archive contains encrypted entries.");
            }
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE, "The archive could not be read: " + message);
        } catch (IOException e) {
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE, "The archive could not be read: " + e.getMessage());
        }
        if (count == 0) {
            throw new ArchiveRejectedException(RejectionReason.CORRUPT_ARCHIVE, "The archive has no entries.");
        }
        return entries;
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        return zip.getNextEntry();
    }

    /**
     * Reads the current entry to its end, keeping at most {@code keepLimit} bytes and stopping as
     * soon as the archive budget is exceeded (so a bomb is never fully inflated).
     *
     * @return decompressed bytes read (may exceed a limit by at most one buffer)
     */
    private static long drain(InputStream in, ByteArrayOutputStream keep, long keepLimit, long remainingBudget)
            throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (keep != null && read + n <= keepLimit) {
                keep.write(buffer, 0, n);
            } else if (keep != null) {
                keep.reset();
                keep = null;
            }
            read += n;
            if (read > remainingBudget) {
                break;
            }
        }
        return read;
    }

    static boolean isTraversal(String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
