package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.admin.RescoreRequested;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/** Same partition as the default producer partitioner for job-scoped rescores; every partition otherwise. */
final class RescorePartitioner implements StreamPartitioner<String, RescoreRequested> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, RescoreRequested rescore, int partitions) {
        if (ScoringTopology.isJobScoped(rescore)) {
            return Optional.of(
                    Set.of(Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions));
        }
        return Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
    }
}
