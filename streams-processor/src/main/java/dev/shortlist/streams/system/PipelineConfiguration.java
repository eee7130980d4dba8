package dev.shortlist.streams.system;

import dev.shortlist.streams.parsing.ParserSettings;
import dev.shortlist.streams.parsing.ResumeParser;
import dev.shortlist.streams.parsing.ResumeParserAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import dev.shortlist.streams.scoring.MiniLmSentenceEncoder;
import dev.shortlist.streams.scoring.ResumeScorerAdapter;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import dev.shortlist.streams.scoring.SemanticIndexer;
import dev.shortlist.streams.taxonomy.SkillTaxonomy;
import dev.shortlist.streams.taxonomy.Taxonomies;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain libraries behind the topologies: taxonomy, parser and scorer. */
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
    ResumeParsingAdapter resumeParsing(ResumeParser parser) {
        return new ResumeParserAdapter(parser);
    }

    @Bean
    ScreeningScorerAdapter screeningScorer(SkillTaxonomy taxonomy, ScoringProperties properties) {
        SemanticIndexer indexer = properties.semantic() ? new SemanticIndexer(new MiniLmSentenceEncoder()) : null;
        return new ResumeScorerAdapter(taxonomy, indexer, properties.cacheSize());
    }
}
