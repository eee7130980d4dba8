package dev.shortlist.ingest.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The blob store's root ({@code shortlist.blobs.dir}), shared by every service that resolves
 * {@code blobRef}s; relative paths resolve against the working directory (the repository root
 * in the local run).
 */
@ConfigurationProperties("shortlist.blobs")
public record BlobProperties(@DefaultValue(".local-stack/blobs") Path dir) {
}
