package dev.shortlist.streams.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import dev.shortlist.streams.parsing.ParsingTopology;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import dev.shortlist.streams.progress.BatchProgressTopology;
import dev.shortlist.streams.scoring.ScoringTopology;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import dev.shortlist.streams.system.StreamsProperties.Stage;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.stereotype.Component;

/**
 * Adds the configured scoring and progress stages to the main Streams client's topology; the parse
 * stage runs in a client of its own ({@link ParsingStreamsClient}). {@link #compose} builds any set of
 * stages into one topology (the topology tests run all three together).
 */
@Component
class StreamsTopologies {

    StreamsTopologies(
            StreamsBuilder builder,
            TopicCatalog topics,
            FileBlobStoreAdapter blobs,
            ResumeParsingAdapter parser,
            ScreeningScorerAdapter scorer,
            Clock clock,
            StreamsProperties properties) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        stages.addAll(properties.stages());
        stages.remove(Stage.PARSING);
        compose(builder, topics, blobs, parser, scorer, clock, stages);
    }

    static void compose(
            StreamsBuilder builder,
            TopicCatalog topics,
            FileBlobStoreAdapter blobs,
            ResumeParsingAdapter parser,
            ScreeningScorerAdapter scorer,
            Clock clock,
            Set<Stage> stages) {
        if (stages.contains(Stage.PARSING)) {
            ParsingTopology.build(builder, topics, blobs, parser, clock);
        }
        if (stages.contains(Stage.SCORING)) {
            ScoringTopology.build(builder, topics, scorer, clock);
        }
        if (stages.contains(Stage.PROGRESS)) {
            BatchProgressTopology.build(builder, topics);
        }
    }

    static Set<Stage> all() {
        return EnumSet.allOf(Stage.class);
    }
}
