package dev.shortlist.stack.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Confluent's compatibility levels, checked with Avro's own reader/writer rules.
 *
 * <p>BACKWARD means consumers on the new schema can read data written with the old one (new schema
 * as reader, old as writer); FORWARD is the reverse; FULL is both. The non-transitive levels only
 * compare with the latest version, the transitive ones with every live version.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** Parses a level name as Confluent's REST API spells it, case-insensitively. */
    public static CompatibilityLevel parse(String name) {
        if (name == null) {
            throw RegistryException.invalidCompatibilityLevel(null);
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalidCompatibilityLevel(name);
        }
    }

    /**
     * Checks a candidate schema against the live versions of a subject.
     *
     * @param candidate the schema about to be registered
     * @param previous live versions, oldest first
     * @return one message per incompatibility; empty when the candidate is compatible
     */
    public List<String> check(Schema candidate, List<Schema> previous) {
        List<String> messages = new ArrayList<>();
        if (previous.isEmpty() || this == NONE) {
            return messages;
        }
        List<Schema> compared = transitive ? previous : List.of(previous.get(previous.size() - 1));
        for (Schema existing : compared) {
            if (backward) {
                messages.addAll(incompatibilities(candidate, existing, "BACKWARD"));
            }
            if (forward) {
                messages.addAll(incompatibilities(existing, candidate, "FORWARD"));
            }
        }
        return messages;
    }

    private static List<String> incompatibilities(Schema reader, Schema writer, String direction) {
        SchemaCompatibility.SchemaCompatibilityResult result = SchemaCompatibility.checkReaderWriterCompatibility(
                        reader, writer)
                .getResult();
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
            messages.add("{errorType:'%s', description:'%s', additionalInfo:'%s', compatibility:'%s'}"
                    .formatted(
                            incompatibility.getType(),
                            "The %s schema is incompatible at '%s'"
                                    .formatted(
                                            direction.equals("BACKWARD") ? "new" : "old",
                                            incompatibility.getLocation()),
                            incompatibility.getMessage(),
                            direction));
        }
        return messages;
    }
}
