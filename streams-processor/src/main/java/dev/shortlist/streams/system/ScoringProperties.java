package dev.shortlist.streams.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scorer settings.
 *
 * @param semantic  score with the in-process sentence-embedding layer (loads the model at startup)
 * @param cacheSize job requirements, job embeddings and resume embeddings kept in memory, each
 */
@ConfigurationProperties("shortlist.scoring")
public record ScoringProperties(@DefaultValue("true") boolean semantic, @DefaultValue("10000") int cacheSize) {
}
