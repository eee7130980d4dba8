package dev.shortlist.streams.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.serde.MockSchemaRegistry;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pins every processor, store and repartition topic name of the application's topology: renaming one
 * orphans its changelog or repartition topic in a running deployment, so it has to be a decision.
 */
class TopologyNamesTest {

    private static final String SCOPE = "topology-names-test";

    private final TopologyDescription description = describe();

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void everyProcessorHasAChosenName() {
        assertThat(nodes()).noneMatch(name -> name.startsWith("KSTREAM-") || name.startsWith("KTABLE-"));
        assertThat(nodes())
                .isEqualTo(new TreeSet<>(Set.of(
                        "parsing-resumes-source",
                        "parsing-load-blob",
                        "parsing-split-",
                        "parsing-split-blob-found",
                        "parsing-split-blob-missing",
                        "parsing-parse",
                        "parsing-fail-missing-blob",
                        "parsing-merge-outcomes",
                        "parsing-sink",
                        "parsing-erasures-source",
                        "parsing-erase-profile",
                        "parsing-erasures-sink",
                        "scoring-jobs-source",
                        "scoring-job-signals",
                        "scoring-requests-source",
                        "scoring-requests-keyed-by-job",
                        "scoring-requests-by-job-repartition-filter",
                        "scoring-requests-by-job-repartition-sink",
                        "scoring-requests-by-job-repartition-source",
                        "scoring-request-signals",
                        "scoring-rescores-source",
                        "scoring-rescores-keyed-by-scope",
                        "scoring-rescores-by-job-repartition-filter",
                        "scoring-rescores-by-job-repartition-sink",
                        "scoring-rescores-by-job-repartition-source",
                        "scoring-rescore-signals",
                        "scoring-job-side-inputs-requests",
                        "scoring-job-side-inputs",
                        "scoring-job-side",
                        "scoring-job-side-split-",
                        "scoring-job-side-split-to-resume",
                        "scoring-job-side-split-failed",
                        "scoring-to-resume-values",
                        "scoring-requests-by-resume-repartition-filter",
                        "scoring-requests-by-resume-repartition-sink",
                        "scoring-requests-by-resume-repartition-source",
                        "scoring-scoped-signals",
                        "scoring-parsed-source",
                        "scoring-profile-signals",
                        "scoring-resume-side-inputs",
                        "scoring-resume-side",
                        "scoring-failed-values",
                        "scoring-merge-results",
                        "scoring-sink",
                        "progress-batches-source",
                        "progress-batch-signals",
                        "progress-outcomes-source",
                        "progress-outcomes-in-a-batch",
                        "progress-outcomes-without-explanations",
                        "progress-outcomes-keyed-by-batch",
                        "progress-outcomes-by-batch-repartition-filter",
                        "progress-outcomes-by-batch-repartition-sink",
                        "progress-outcomes-by-batch-repartition-source",
                        "progress-outcome-signals",
                        "progress-signals",
                        "progress-aggregate",
                        "progress-sink")));
    }

    @Test
    void storesAreNamedAndEndInStore() {
        assertThat(stores())
                .containsExactlyInAnyOrder(
                        "scoring-jobs-store",
                        "scoring-screened-store",
                        "scoring-awaiting-job-store",
                        "scoring-profiles-store",
                        "scoring-awaiting-resume-store",
                        "batch-progress-tally-store",
                        "batch-progress-line-store");
        assertThat(stores()).allMatch(name -> name.endsWith("-store"));
    }

    @Test
    void repartitionTopicsAreNamed() {
        Set<String> repartitions = new TreeSet<>();
        for (TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    source.topicSet().stream()
                            .filter(topic -> topic.endsWith("-repartition"))
                            .forEach(repartitions::add);
                }
            }
        }
        assertThat(repartitions)
                .containsExactlyInAnyOrder(
                        "scoring-requests-by-job-repartition", "scoring-rescores-by-job-repartition",
                        "scoring-requests-by-resume-repartition", "progress-outcomes-by-batch-repartition");
    }

    private Set<String> nodes() {
        Set<String> names = new TreeSet<>();
        description.subtopologies().forEach(subtopology -> subtopology.nodes().forEach(node -> names.add(node.name())));
        return names;
    }

    private Set<String> stores() {
        Set<String> names = new TreeSet<>();
        description
                .subtopologies()
                .forEach(subtopology -> subtopology.nodes().forEach(node -> {
                    if (node instanceof TopologyDescription.Processor processor) {
                        names.addAll(processor.stores());
                    }
                }));
        return names;
    }

    private static TopologyDescription describe() {
        StreamsBuilder builder = new StreamsBuilder();
        StreamsTopologies.compose(
                builder,
                new TopicCatalog(Map.of("schema.registry.url", "mock://" + SCOPE), 3),
                new FileBlobStoreAdapter(Path.of("blobs")),
                new ResumeParsingAdapter() {
                    @Override
                    public Outcome parse(ResumeUploaded upload, byte[] content) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public String parserVersion() {
                        return "none";
                    }
                },
                (jobId, revision, job, resumeId, profile) -> null,
                Clock.systemUTC(),
                StreamsTopologies.all());
        return builder.build().describe();
    }
}
