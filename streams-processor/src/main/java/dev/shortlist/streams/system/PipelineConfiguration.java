package dev.shortlist.streams.system;

import dev.shortlist.screening.embedding.OnnxSentenceEncoder;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.streams.parsing.ResumeParserAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import dev.shortlist.streams.scoring.EmbeddingParsingAdapter;
import dev.shortlist.streams.scoring.ResumeScorerAdapter;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain libraries behind the topologies: taxonomy, parser and scorer, timed per stage. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
class PipelineConfiguration {

    @Bean
    SkillTaxonomy skillTaxonomy() {
        return Taxonomies.curated();
    }

    @Bean
    ResumeParser resumeParser(SkillTaxonomy taxonomy) {
        return new ResumeParser(ParserSettings.defaults(), taxonomy);
    }

    @Bean
    StageTimers stageTimers(MeterRegistry registry) {
        return new StageTimers(registry);
    }

    /** The semantic layer, shared by parsing (resume embeddings) and scoring (job embeddings); empty when off. */
    @Bean
    SemanticLayer semanticLayer(ScoringProperties properties, StageTimers timers) {
        return new SemanticLayer(
                properties.semantic()
                        ? new SemanticIndexer(
                                timers.timed(new OnnxSentenceEncoder(properties.embeddingModel())),
                                SemanticIndexer.DEFAULT_CHUNK_WORDS,
                                properties.maxResumeChunks())
                        : null);
    }

    @Bean
    ResumeParsingAdapter resumeParsing(ResumeParser parser, StageTimers timers, SemanticLayer semantic) {
        ResumeParsingAdapter parsing = new ResumeParserAdapter(parser, timers);
        return semantic.indexer() == null ? parsing : new EmbeddingParsingAdapter(parsing, semantic.indexer());
    }

    @Bean
    ScreeningScorerAdapter screeningScorer(
            SkillTaxonomy taxonomy, ScoringProperties properties, StageTimers timers, SemanticLayer semantic) {
        return timers.timed(new ResumeScorerAdapter(taxonomy, semantic.indexer(), properties.cacheSize()));
    }

    /** @param indexer the sentence-embedding layer, or null when {@code shortlist.scoring.semantic} is off */
    record SemanticLayer(SemanticIndexer indexer) {}
}
