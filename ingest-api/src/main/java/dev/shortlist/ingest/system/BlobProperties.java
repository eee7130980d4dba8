package dev.shortlist.ingest.system;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The blob store's root ({@code shortlist.blobs.dir}), the same key and meaning as in
 * streams-processor, which resolves the claim checks written here against it. Relative paths
 * resolve against the working directory (the repository root in the local run).
 *
 * @param dir the blob directory
 */
@Validated
@ConfigurationProperties("shortlist.blobs")
public record BlobProperties(
        @DefaultValue(".local-stack/blobs") @NotNull Path dir) {}
