package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import dev.shortlist.schemas.topic.Topic;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.system.StreamsEvents;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** Same partition as the default producer partitioner for job-scoped rescores; every partition otherwise. */
final class RescorePartitioner implements StreamPartitioner<String, RescoreRequested> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, RescoreRequested rescore, int partitions) {
        if (ScoringTopology.isJobScoped(rescore)) {
            return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions));
        }
        return Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
    }
}
