package dev.shortlist.ingest.blob;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live (claim check): events carry only the reference and the SHA-256.
 * Content-addressed, so storing the same bytes twice yields the same reference and no second copy.
 * The default implementation is {@link FileSystemBlobStore}; an S3-compatible store implements
 * the same three operations against a bucket ({@code s3:sha256/...} references).
 */
public interface BlobStore {

    /** Stores the bytes durably before returning; safe to call again with the same content. */
    StoredBlob put(byte[] content) throws IOException;

    /** Opens a stored blob by the reference {@link #put} returned. */
    InputStream open(String blobRef) throws IOException;

    /** Whether a blob with this reference is stored. */
    boolean exists(String blobRef);
}
