package dev.shortlist.streams.system;

import dev.shortlist.screening.embedding.OnnxSentenceEncoder;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.parsing.isolation.FileQuarantine;
import dev.shortlist.screening.parsing.isolation.IsolatedTextExtractor;
import dev.shortlist.screening.parsing.isolation.IsolationSettings;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.streams.parsing.ResumeParserAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import dev.shortlist.streams.scoring.EmbeddingParsingAdapter;
import dev.shortlist.streams.scoring.ResumeScorerAdapter;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain libraries behind the topologies: taxonomy, parser (extracting in worker processes) and scorer, timed per stage. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ScoringProperties.class, ParsingProperties.class})
class PipelineConfiguration {

    @Bean
    SkillTaxonomy skillTaxonomy() {
        return Taxonomies.curated();
    }

    /**
     * The parser; by default its text extraction runs in worker processes started here and stopped
     * when the parser is closed with the context.
     */
    @Bean
    ResumeParser resumeParser(SkillTaxonomy taxonomy, ParsingProperties properties, KafkaProperties kafka) {
        ParserSettings settings = properties.parserSettings();
        if (!properties.isolation().enabled()) {
            return new ResumeParser(settings, taxonomy);
        }
        Path quarantine = properties.isolation().quarantine() != null
                ? properties.isolation().quarantine()
                : Path.of(
                        kafka.getStreams().getStateDir() != null
                                ? kafka.getStreams().getStateDir()
                                : System.getProperty("java.io.tmpdir"),
                        "parse-quarantine.log");
        IsolationSettings isolation = properties.isolationSettings();
        IsolatedTextExtractor extractor = new IsolatedTextExtractor(
                settings, isolation, ExtractionWorkers.command(), FileQuarantine.open(quarantine));
        try {
            extractor.awaitReady(isolation.startTimeout());
        } catch (RuntimeException e) {
            extractor.close();
            throw e;
        }
        return new ResumeParser(settings, taxonomy, extractor);
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
