package dev.shortlist.streams.parsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads uploaded documents by their claim check, {@code file:sha256/<2 hex>/<2 hex>/<64 hex>}, resolved
 * against this service's own blob directory ({@code shortlist.blobs.dir}).
 */
public final class FileBlobStoreAdapter {

    private static final Pattern REFERENCE = Pattern.compile("file:sha256/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})");

    private final Path root;

    public FileBlobStoreAdapter(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The document's bytes, or empty when the reference is malformed or the blob is not there. Only
     * the fixed reference shape is accepted, so a reference can never point outside the directory.
     */
    public Optional<byte[]> load(String blobRef) {
        Matcher matcher = REFERENCE.matcher(blobRef == null ? "" : blobRef);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Path file = root.resolve("sha256")
                .resolve(matcher.group(1))
                .resolve(matcher.group(2))
                .resolve(matcher.group(3));
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + blobRef, e);
        }
    }

    /** Where a blob with this reference lives (for writers such as tests and local tools). */
    public Path pathOf(String blobRef) {
        Matcher matcher = REFERENCE.matcher(blobRef);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a blob reference: " + blobRef);
        }
        return root.resolve("sha256")
                .resolve(matcher.group(1))
                .resolve(matcher.group(2))
                .resolve(matcher.group(3));
    }

    /** The reference of content with this SHA-256 (lowercase hex). */
    public static String referenceOf(String sha256Hex) {
        return "file:sha256/" + sha256Hex.substring(0, 2) + "/" + sha256Hex.substring(2, 4) + "/" + sha256Hex;
    }
}
