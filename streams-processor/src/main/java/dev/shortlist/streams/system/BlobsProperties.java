package dev.shortlist.streams.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded documents are stored (claim checks are resolved against it).
 *
 * @param dir the blob directory, the same one ingest-api writes to
 */
@ConfigurationProperties("shortlist.blobs")
public record BlobsProperties(@DefaultValue(".local-stack/blobs") Path dir) {
}
