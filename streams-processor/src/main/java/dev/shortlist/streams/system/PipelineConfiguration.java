package dev.shortlist.streams.system;

import dev.shortlist.streams.parsing.ParserSettings;
import dev.shortlist.streams.parsing.ResumeParser;
import dev.shortlist.streams.parsing.ResumeParserAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import dev.shortlist.streams.scoring.OnnxSentenceEncoder;
import dev.shortlist.streams.scoring.ResumeScorerAdapter;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import dev.shortlist.streams.scoring.SemanticIndexer;
import dev.shortlist.streams.taxonomy.SkillTaxonomy;
import dev.shortlist.streams.taxonomy.Taxonomies;
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

    @Bean
    ResumeParsingAdapter resumeParsing(ResumeParser parser, StageTimers timers) {
        return new ResumeParserAdapter(parser, timers);
    }

    @Bean
    ScreeningScorerAdapter screeningScorer(SkillTaxonomy taxonomy, ScoringProperties properties, StageTimers timers) {
        SemanticIndexer indexer = properties.semantic()
                ? new SemanticIndexer(timers.timed(new OnnxSentenceEncoder(properties.embeddingModel()))) : null;
        return timers.timed(new ResumeScorerAdapter(taxonomy, indexer, properties.cacheSize()));
    }
}
