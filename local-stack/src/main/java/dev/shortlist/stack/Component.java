package dev.shortlist.stack;

import java.util.EnumSet;
import java.util.Set;

/** The services the local stack can run. */
public enum Component {
    KAFKA,
    /** Keeps its schemas in Kafka, so it brings Kafka along. */
    SCHEMA_REGISTRY,
    ELASTICSEARCH;

    /** The given components plus those they need. */
    public static Set<Component> withDependencies(Set<Component> components) {
        EnumSet<Component> all = components.isEmpty() ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(components);
        if (all.contains(SCHEMA_REGISTRY)) {
            all.add(KAFKA);
        }
        return all;
    }
}
