package dev.shortlist.ingest.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Content-addressed files under a root directory: {@code <root>/sha256/ab/cd/<64 hex>}, referenced
 * as {@code file:sha256/ab/cd/<64 hex>} (relative, so every service resolves it against its own
 * configured root). Written to a temporary file in the target directory and moved into place
 * atomically, so a reader never sees a partial blob.
 */
public final class FileSystemBlobStore implements BlobStore {

    static final String SCHEME = "file:";
    private static final Pattern REF = Pattern.compile("file:sha256/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");

    /** Makes temporary names unique within this process (the content hash already separates contents). */
    private static final AtomicLong TEMP_SEQUENCE = new AtomicLong();

    private final Path root;

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredBlob put(byte[] content) throws IOException {
        String sha256 = sha256Hex(content);
        String relative = "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
        Path target = root.resolve(relative);
        if (!Files.exists(target)) {
            // Checked first: createDirectories on an existing directory fails inside and throws
            // exceptions with full stack traces on every call.
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            // A name of our own instead of createTempFile, which draws it from a shared SecureRandom.
            Path temp = dir.resolve(".upload-" + sha256 + "-" + TEMP_SEQUENCE.incrementAndGet() + ".tmp");
            try {
                Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target);
                }
            } catch (FileAlreadyExistsException e) {
                // Another request stored the same content concurrently: same bytes, same name.
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return new StoredBlob(SCHEME + relative, sha256, content.length);
    }

    @Override
    public InputStream open(String blobRef) throws IOException {
        return Files.newInputStream(resolve(blobRef));
    }

    @Override
    public boolean exists(String blobRef) {
        return Files.isRegularFile(resolve(blobRef));
    }

    /** The file behind a reference; rejects anything that is not a well-formed content address. */
    public Path resolve(String blobRef) {
        if (blobRef == null || !REF.matcher(blobRef).matches()) {
            throw new IllegalArgumentException("Not a file blob reference: " + blobRef);
        }
        return root.resolve(blobRef.substring(SCHEME.length()));
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
