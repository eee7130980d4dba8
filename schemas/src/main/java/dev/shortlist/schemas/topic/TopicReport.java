package dev.shortlist.schemas.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link TopicProvisioner} found: the topics it created, those that are missing (when only
 * checking) and those whose settings differ from the catalog.
 *
 * @param created    topics created by this run
 * @param verified   topics that existed with the catalog's settings
 * @param missing    topics that do not exist (only when checking; a provisioning run creates them)
 * @param mismatches settings of existing topics that differ from the catalog; never altered here
 */
public record TopicReport(
        List<String> created, List<String> verified, List<String> missing, List<Mismatch> mismatches) {

    public TopicReport {
        created = List.copyOf(created);
        verified = List.copyOf(verified);
        missing = List.copyOf(missing);
        mismatches = List.copyOf(mismatches);
    }

    /**
     * One setting of an existing topic that differs from the catalog.
     *
     * @param topic    the topic
     * @param setting  {@code partitions} or a topic config name such as {@code cleanup.policy}
     * @param expected the catalog's value
     * @param actual   the broker's value
     */
    public record Mismatch(String topic, String setting, String expected, String actual) {

        @Override
        public String toString() {
            return "%s: %s is %s, expected %s".formatted(topic, setting, actual, expected);
        }
    }

    /** Every topic exists with the catalog's settings. */
    public boolean ok() {
        return missing.isEmpty() && mismatches.isEmpty();
    }

    /** One line per problem, or a summary line when there is none; for logs and command output. */
    public String describe() {
        if (ok()) {
            return "%d topics ready (%d created, %d verified)"
                    .formatted(created.size() + verified.size(), created.size(), verified.size());
        }
        List<String> lines = new ArrayList<>();
        if (!missing.isEmpty()) {
            lines.add("missing topics: " + String.join(", ", missing));
        }
        mismatches.forEach(mismatch -> lines.add("topic differs from the catalog: " + mismatch));
        return String.join("\n", lines);
    }

    /**
     * Fails with the missing topic names and mismatches, and what to do about them.
     *
     * @throws IllegalStateException unless {@link #ok()}
     */
    public TopicReport requireOk() {
        if (!ok()) {
            throw new IllegalStateException("The Shortlist topics are not ready:\n" + describe()
                    + "\nCreate them with the topics command (dev.shortlist.schemas.topic.TopicsCommand, see "
                    + "docs/operations.md#topics); existing topics are never altered automatically.");
        }
        return this;
    }
}
