package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.screening.ScreeningRequested;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

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
            return ByteBuffer.allocate(4 + request.length + job.length)
                    .putInt(request.length)
                    .put(request)
                    .put(job)
                    .array();
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
            ScreeningRequested request =
                    requests.deserializer().deserialize(topic + "-request", Arrays.copyOfRange(bytes, 4, 4 + length));
            JobEvent job = jobs.deserializer()
                    .deserialize(topic + "-job", Arrays.copyOfRange(bytes, 4 + length, bytes.length));
            return new ScoringTopology.JobScoped(request, job);
        };
    }
}
