package dev.shortlist.streams.system;

import dev.shortlist.screening.embedding.EmbeddingModel;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scorer settings.
 *
 * @param semantic  score with the in-process sentence-embedding layer (loads the model at startup)
 * @param cacheSize job requirements, job embeddings and resume embeddings kept in memory, each
 * @param embeddingModel the sentence-embedding model of the semantic layer; changing it changes
 *                       scores, so run it under a new application id as for a new scorer version
 * @param maxResumeChunks text chunks of a resume the model embeds (≈ 8–15 ms of CPU each); more
 *                        cover more of the resume at that cost. Changing it changes scores, as above
 */
@Validated
@ConfigurationProperties("shortlist.scoring")
public record ScoringProperties(
        @DefaultValue("true") boolean semantic,
        @DefaultValue("10000") @Min(1) int cacheSize,
        @DefaultValue("MINILM_L6_V2_Q") @NotNull EmbeddingModel embeddingModel,
        @DefaultValue("2") @Min(1) int maxResumeChunks) {}
