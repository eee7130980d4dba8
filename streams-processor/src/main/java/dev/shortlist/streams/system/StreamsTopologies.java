package dev.shortlist.streams.system;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import dev.shortlist.streams.parsing.ParsingTopology;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import dev.shortlist.streams.progress.BatchProgressTopology;
import dev.shortlist.streams.scoring.ScoringTopology;
import dev.shortlist.streams.scoring.ScreeningScorerAdapter;
import java.time.Clock;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.stereotype.Component;

/** Adds the three stages to the application's one topology: parse → score → batch progress. */
@Component
class StreamsTopologies {

    StreamsTopologies(StreamsBuilder builder, TopicCatalog topics, FileBlobStoreAdapter blobs,
                      ResumeParsingAdapter parser, ScreeningScorerAdapter scorer, Clock clock) {
        compose(builder, topics, blobs, parser, scorer, clock);
    }

    static void compose(StreamsBuilder builder, TopicCatalog topics, FileBlobStoreAdapter blobs,
                        ResumeParsingAdapter parser, ScreeningScorerAdapter scorer, Clock clock) {
        ParsingTopology.build(builder, topics, blobs, parser, clock);
        ScoringTopology.build(builder, topics, scorer, clock);
        BatchProgressTopology.build(builder, topics);
    }
}
