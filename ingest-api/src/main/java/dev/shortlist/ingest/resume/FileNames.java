package dev.shortlist.ingest.resume;

/**
 * Checks the names clients and archives give files. Names are only reported back (storage is
 * content-addressed), but a name with control characters or a path out of its folder is a sign
 * of an attack on whatever later extracts or displays it, so it is refused rather than cleaned.
 */
public final class FileNames {

    /** Longest name accepted, in characters (the common file system limit). */
    public static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** Why the name is unsafe, or {@code null} when it is fine. */
    public static Problem check(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return new Problem(
                        RejectionReason.INVALID_FILE_NAME,
                        String.format(
                                "The name '%s' contains the control character U+%04X at position %d.",
                                printable(name), (int) c, i));
            }
        }
        if (name.length() > MAX_LENGTH) {
            return new Problem(
                    RejectionReason.INVALID_FILE_NAME,
                    "The name has " + name.length() + " characters; the limit is " + MAX_LENGTH + ".");
        }
        if (isTraversal(name)) {
            return new Problem(RejectionReason.PATH_TRAVERSAL, "The name '" + name + "' is absolute or contains '..'.");
        }
        return null;
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

    /** The name with control characters shown as {@code \}{@code uXXXX}, safe to put in a response or a log. */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_LENGTH + 16));
        for (int i = 0; i < name.length() && out.length() < MAX_LENGTH; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param reason {@link RejectionReason#INVALID_FILE_NAME} or {@link RejectionReason#PATH_TRAVERSAL}
     * @param detail what is wrong with the name, with the name made printable
     */
    public record Problem(RejectionReason reason, String detail) {}
}
