package dev.shortlist.ingest.blob;

/**
 * A stored file.
 *
 * @param blobRef   reference resolvable by every service against its own blob root
 * @param sha256    lowercase hex SHA-256 of the content
 * @param sizeBytes content length
 */
public record StoredBlob(String blobRef, String sha256, long sizeBytes) {}
