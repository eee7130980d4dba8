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

/** Adds the configured stages to the application's one topology: parse → score → batch progress. */
@Component
class StreamsTopologies {

    StreamsTopologies(StreamsBuilder builder, TopicCatalog topics, FileBlobStoreAdapter blobs,
                      ResumeParsingAdapter parser, ScreeningScorerAdapter scorer, Clock clock, StreamsProperties properties) {
        compose(builder, topics, blobs, parser, scorer, clock, properties.stages());
    }

    static void compose(StreamsBuilder builder, TopicCatalog topics, FileBlobStoreAdapter blobs,
                        ResumeParsingAdapter parser, ScreeningScorerAdapter scorer, Clock clock, Set<Stage> stages) {
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
