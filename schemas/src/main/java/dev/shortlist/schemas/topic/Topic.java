package dev.shortlist.schemas.topic;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with the serdes of its keys and values, so that every producer and consumer of it
 * agrees (always pass them explicitly: {@code Consumed.with(topic.keySerde(), topic.valueSerde())}).
 */
public record Topic<K, V>(TopicSpec spec, Serde<K> keySerde, Serde<V> valueSerde) {

    public String name() {
        return spec.name();
    }
}
