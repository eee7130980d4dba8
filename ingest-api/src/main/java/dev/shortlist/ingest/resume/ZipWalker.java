package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.resume.ArchiveReader.ArchiveRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Walks the entries of a ZIP held in memory, inflating each one and counting both the
 * decompressed bytes produced and the compressed bytes consumed, so every limit is measured and
 * none is taken from the sizes the headers declare; inflation stops as soon as a limit is passed.
 */
final class ZipWalker {

    /**
     * Decompressed bytes below which an entry's compression ratio is not checked: small runs of
     * repetitive XML legitimately compress far better than any sensible bomb ratio.
     */
    static final long RATIO_FLOOR = 1L << 20;

    private static final int BUFFER = 16 * 1024;

    private ZipWalker() {}

    /**
     * @param maxEntries     entries (files and directories) one container may hold
     * @param maxRatio       decompressed per compressed byte, per entry and per container
     * @param maxEntryBytes  decompressed bytes of one entry kept for the visitor; a larger entry
     *                       is still counted but reaches the visitor without content
     */
    record Limits(int maxEntries, int maxRatio, long maxEntryBytes) {}

    /** Decompressed bytes left for a whole upload, shared by the containers nested in it. */
    static final class Budget {
        private final long limit;
        private final String what;
        private long used;

        /** @param what how the limit is named in a problem detail, e.g. "the archive" */
        Budget(long limit, String what) {
            this.limit = limit;
            this.what = what;
        }

        long used() {
            return used;
        }

        void spend(long bytes) throws ArchiveRejectedException {
            used += bytes;
            if (used > limit) {
                throw new ArchiveRejectedException(
                        RejectionReason.ZIP_BOMB, what + " expands to more than " + Sizes.describe(limit) + ".");
            }
        }
    }

    /** Receives each entry once it has been inflated within the limits. */
    interface Visitor {
        /**
         * @param content the decompressed bytes, or {@code null} for a directory or an entry over
         *                {@link Limits#maxEntryBytes()}
         * @param size    decompressed bytes counted
         */
        void entry(String name, boolean directory, byte[] content, long size) throws ArchiveRejectedException;
    }

    /**
     * @param subject how the container is named in a problem detail, e.g. "The archive"
     * @return the number of entries walked
     */
    static int walk(byte[] zip, String subject, Limits limits, Budget budget, Visitor visitor)
            throws ArchiveRejectedException {
        List<String> listed = centralDirectory(zip, subject);
        if (listed != null && listed.size() > limits.maxEntries()) {
            throw new ArchiveRejectedException(
                    RejectionReason.ZIP_BOMB, subject + " has more than " + limits.maxEntries() + " entries.");
        }
        List<String> found = new ArrayList<>();
        long containerBudget = Math.max((long) zip.length * limits.maxRatio(), RATIO_FLOOR);
        CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(zip));
        long containerBytes = 0;
        int count = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw new ArchiveRejectedException(
                            RejectionReason.ZIP_BOMB, subject + " has more than " + limits.maxEntries() + " entries.");
                }
                String name = entry.getName();
                found.add(name);
                long start = raw.count;
                ByteArrayOutputStream keep = entry.isDirectory() ? null : new ByteArrayOutputStream();
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    containerBytes += n;
                    budget.spend(n);
                    if (keep != null && size <= limits.maxEntryBytes()) {
                        keep.write(buffer, 0, n);
                    } else {
                        keep = null;
                    }
                    // raw.count runs ahead of the inflater by at most one read buffer, so the
                    // compressed size is overestimated by under 1 KB: harmless above the floor.
                    long compressed = Math.max(1, raw.count - start);
                    if (size > RATIO_FLOOR && size > compressed * limits.maxRatio()) {
                        throw new ArchiveRejectedException(
                                RejectionReason.ZIP_BOMB,
                                subject + ": entry '" + FileNames.printable(name) + "' expands more than "
                                        + limits.maxRatio() + " times its compressed size.");
                    }
                    if (containerBytes > containerBudget) {
                        throw new ArchiveRejectedException(
                                RejectionReason.ZIP_BOMB,
                                subject + " expands more than " + limits.maxRatio() + " times its size of "
                                        + Sizes.describe(zip.length) + ".");
                    }
                }
                visitor.entry(name, entry.isDirectory(), keep == null ? null : keep.toByteArray(), size);
            }
        } catch (ZipException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("encrypted")) {
                throw new ArchiveRejectedException(
                        RejectionReason.ENCRYPTED_ARCHIVE, subject + " contains encrypted entries.");
            }
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE, subject + " could not be read: " + message);
        } catch (IOException e) {
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE, subject + " could not be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // ZipInputStream throws it for an entry name that is not valid in the archive's charset.
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE, subject + " has an entry whose name could not be decoded.");
        }
        if (count == 0) {
            throw new ArchiveRejectedException(RejectionReason.CORRUPT_ARCHIVE, subject + " has no entries.");
        }
        // Readers that go by the central directory (most parsers) must see exactly what was checked here.
        if (listed != null && !sorted(listed).equals(sorted(found))) {
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE,
                    subject + "'s central directory lists " + listed.size() + " entries but " + found.size()
                            + " were found before it, or other names.");
        }
        return count;
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        Collections.sort(copy);
        return copy;
    }

    /**
     * The entry names the central directory lists, or {@code null} for a ZIP64 directory (not
     * compared; far beyond the limits anyway).
     */
    static List<String> centralDirectory(byte[] zip, String subject) throws ArchiveRejectedException {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ArchiveRejectedException(
                    RejectionReason.CORRUPT_ARCHIVE, subject + " has no central directory (truncated?).");
        }
        int entries = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if (entries == 0xFFFF || offset == 0xFFFFFFFFL) {
            return null;
        }
        List<String> names = new ArrayList<>(Math.min(entries, 4096));
        long at = offset;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > end
                    || zip[(int) at] != 'P'
                    || zip[(int) at + 1] != 'K'
                    || zip[(int) at + 2] != 1
                    || zip[(int) at + 3] != 2) {
                throw new ArchiveRejectedException(
                        RejectionReason.CORRUPT_ARCHIVE, subject + "'s central directory is damaged.");
            }
            int p = (int) at;
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + 46L + nameLength > end) {
                throw new ArchiveRejectedException(
                        RejectionReason.CORRUPT_ARCHIVE, subject + "'s central directory is damaged.");
            }
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            at = p + 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4
                && content[0] == 'P'
                && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
