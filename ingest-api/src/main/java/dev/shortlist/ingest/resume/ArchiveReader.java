package dev.shortlist.ingest.resume;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands an uploaded ZIP defensively through {@link ZipWalker}: every decompressed byte is
 * counted as it is produced and sizes declared in the headers are never trusted. Whole-archive
 * failures (zip bomb, encryption, corruption) throw {@link ArchiveRejectedException}; an entry that
 * is merely unacceptable (unsafe name, oversize) becomes an {@link Entry} with a rejection and the
 * rest of the archive is still read.
 */
public final class ArchiveReader {

    private final Limits limits;

    public ArchiveReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param maxEntries           entries (files and directories) an archive may hold
     * @param maxTotalBytes        decompressed bytes an archive may expand to
     * @param maxCompressionRatio  decompressed bytes per compressed byte, per entry and over the whole archive
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

    /** The whole archive (or document) was refused; nothing from it is used. */
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
        List<Entry> entries = new ArrayList<>();
        ZipWalker.walk(
                archive,
                "The archive",
                new ZipWalker.Limits(limits.maxEntries(), limits.maxCompressionRatio(), limits.maxEntryBytes()),
                new ZipWalker.Budget(limits.maxTotalBytes(), "The archive"),
                (name, directory, content, size) -> {
                    FileNames.Problem problem = FileNames.check(name);
                    if (problem != null) {
                        entries.add(Entry.rejected(FileNames.printable(name), problem.reason(), problem.detail()));
                    } else if (directory) {
                        return;
                    } else if (content == null) {
                        entries.add(Entry.rejected(
                                baseName(name),
                                RejectionReason.FILE_TOO_LARGE,
                                "The file expands to more than the per-file limit of "
                                        + Sizes.describe(limits.maxEntryBytes()) + "."));
                    } else {
                        entries.add(Entry.accepted(baseName(name), content));
                    }
                });
        return entries;
    }

    static boolean isTraversal(String name) {
        return FileNames.isTraversal(name);
    }

    private static String baseName(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
