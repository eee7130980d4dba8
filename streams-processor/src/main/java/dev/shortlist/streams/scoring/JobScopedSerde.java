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

/**
 * A request and its job in one record of the internal repartition topic and store: both in the
 * registry's wire format, under subjects of their own ({@code <topic>-request-value},
 * {@code <topic>-job-value}), length-prefixed.
 */
final class JobScopedSerde implements Serde<ScoringTopology.JobScoped> {

    private final Serde<ScreeningRequested> requests;
    private final Serde<JobEvent> jobs;

    JobScopedSerde(Serde<ScreeningRequested> requests, Serde<JobEvent> jobs) {
        this.requests = requests;
        this.jobs = jobs;
    }

    @Override
    public Serializer<ScoringTopology.JobScoped> serializer() {
        return (topic, scoped) -> {
            if (scoped == null) {
                return null;
            }
            byte[] request = requests.serializer().serialize(topic + "-request", scoped.request());
            byte[] job = jobs.serializer().serialize(topic + "-job", scoped.job());
            return ByteBuffer.allocate(4 + request.length + job.length).putInt(request.length).put(request).put(job).array();
        };
    }

    @Override
    public Deserializer<ScoringTopology.JobScoped> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int length = buffer.getInt();
            if (length < 0 || length > bytes.length - 4) {
                throw new SerializationException("Malformed scoped request of " + bytes.length + " bytes");
            }
            ScreeningRequested request = requests.deserializer().deserialize(topic + "-request", Arrays.copyOfRange(bytes, 4, 4 + length));
            JobEvent job = jobs.deserializer().deserialize(topic + "-job", Arrays.copyOfRange(bytes, 4 + length, bytes.length));
            return new ScoringTopology.JobScoped(request, job);
        };
    }
}
