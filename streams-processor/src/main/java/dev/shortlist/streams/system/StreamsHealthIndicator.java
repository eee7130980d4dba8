package dev.shortlist.streams.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * {@code streams}: UP while each Streams client this instance runs (scoring and progress; parsing)
 * runs or rebalances, DOWN otherwise, with their states.
 */
@Component
class StreamsHealthIndicator implements HealthIndicator {

    private final StreamsBuilderFactoryBean streams;
    private final ObjectProvider<ParsingStreamsClient> parsing;

    StreamsHealthIndicator(StreamsBuilderFactoryBean streams, ObjectProvider<ParsingStreamsClient> parsing) {
        this.streams = streams;
        this.parsing = parsing;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        if (streams.isAutoStartup()) {
            up = describe(streams.getKafkaStreams(), "", details);
        }
        ParsingStreamsClient parser = parsing.getIfAvailable();
        if (parser != null) {
            up &= describe(parser.streams(), "parsing", details);
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }

    private static boolean describe(KafkaStreams client, String name, Map<String, Object> details) {
        String prefix = name.isEmpty() ? "" : name + ".";
        if (client == null) {
            details.put(prefix + "state", "NOT_STARTED");
            return false;
        }
        KafkaStreams.State state = client.state();
        details.put(prefix + "state", state.name());
        details.put(prefix + "threads", client.metadataForLocalThreads().size());
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    }
}
