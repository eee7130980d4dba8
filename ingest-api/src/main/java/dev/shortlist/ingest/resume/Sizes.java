package dev.shortlist.ingest.resume;

/** Byte counts as users read them in problem details. */
public final class Sizes {

    private Sizes() {}

    /** {@code 10485760} → {@code "10485760 bytes (10 MB)"}. */
    public static String describe(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return bytes + " bytes (" + (bytes >> 20) + " MB)";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return bytes + " bytes (" + (bytes >> 10) + " KB)";
        }
        return bytes + " bytes";
    }
}
