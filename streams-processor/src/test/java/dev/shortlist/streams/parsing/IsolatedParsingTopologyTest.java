package dev.shortlist.streams.parsing;

import static dev.shortlist.streams.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.screening.parsing.Documents;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.parsing.isolation.FileQuarantine;
import dev.shortlist.screening.parsing.isolation.HostileDocuments;
import dev.shortlist.screening.parsing.isolation.IsolatedTextExtractor;
import dev.shortlist.screening.parsing.isolation.IsolationSettings;
import dev.shortlist.screening.parsing.isolation.WorkerCommand;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.streams.TestEvents;
import dev.shortlist.streams.TopologyTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse stage with the real parser extracting in worker processes: a bomb fails alone, the resumes around it parse. */
class IsolatedParsingTopologyTest {

    private static final List<String> RESUME = List.of(
            "Jordan Rivera",
            "jordan.rivera@example.org | +1 415 555 0100",
            "Summary",
            "Backend engineer building event-driven systems.",
            "Experience",
            "Senior Software Engineer, Acme Corp, Jan 2019 - Present",
            "Built Kafka pipelines in Java and PostgreSQL serving 2 million users.",
            "Education",
            "Bachelor of Science in Computer Science, State University, 2014",
            "Skills",
            "Java, Kafka, PostgreSQL, Docker");

    @TempDir
    Path stateDir;

    @TempDir
    Path blobDir;

    private final TopologyTestSupport support = new TopologyTestSupport();
    private ResumeParser parser;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ResumeUploaded> uploads;
    private TestOutputTopic<String, ResumeParseEvent> parsed;
    private FileBlobStoreAdapter blobs;

    @BeforeEach
    void start() {
        ParserSettings settings = ParserSettings.defaults();
        IsolatedTextExtractor extractor = new IsolatedTextExtractor(
                settings,
                // Long enough that the bomb meets the heap cap before the time limit on a busy machine.
                IsolationSettings.defaults().withTimeout(Duration.ofSeconds(30)),
                WorkerCommand.currentClassPath(),
                FileQuarantine.open(stateDir.resolve("parse-quarantine.log")));
        extractor.awaitReady(Duration.ofSeconds(90));
        parser = new ResumeParser(settings, Taxonomies.curated(), extractor);
        TopicCatalog topics = support.topics();
        blobs = new FileBlobStoreAdapter(blobDir);
        StreamsBuilder builder = new StreamsBuilder();
        ParsingTopology.build(
                builder,
                topics,
                blobs,
                new ResumeParserAdapter(parser),
                Clock.fixed(T0.plusSeconds(5), ZoneOffset.UTC));
        driver = support.driver(builder.build(), stateDir.resolve("streams"));
        uploads = driver.createInputTopic(
                topics.resumes().name(),
                topics.resumes().keySerde().serializer(),
                topics.resumes().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        parsed = driver.createOutputTopic(
                topics.parsedResumes().name(),
                topics.parsedResumes().keySerde().deserializer(),
                topics.parsedResumes().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        support.close();
        parser.close();
    }

    @Test
    void aBombBecomesAParseFailureWithItsReasonWhileTheResumesAroundItAreParsed() throws Exception {
        uploads.pipeInput("RES_1", upload("RES_1", Documents.pdf(RESUME)), T0);
        uploads.pipeInput("RES_BOMB", upload("RES_BOMB", HostileDocuments.textOperatorBomb(1_000_000)), T0);
        uploads.pipeInput(
                "RES_JS",
                upload(
                        "RES_JS",
                        HostileDocuments.pdfWithCatalogEntries(
                                "/OpenAction << /S /JavaScript /JS (app.launchURL('https://example.org')) >>")),
                T0);
        uploads.pipeInput("RES_2", upload("RES_2", Documents.docx(RESUME)), T0);

        Map<String, ResumeParseEvent> events =
                parsed.readRecordsToList().stream().collect(Collectors.toMap(TestRecord::key, TestRecord::value));

        assertThat(events).containsOnlyKeys("RES_1", "RES_BOMB", "RES_JS", "RES_2");
        assertThat(events.get("RES_1").getPayload())
                .isInstanceOfSatisfying(
                        ResumeParsed.class,
                        p -> assertThat(p.getSkills())
                                .extracting(s -> s.getName())
                                .contains("Java", "Apache Kafka"));
        assertThat(events.get("RES_2").getPayload()).isInstanceOf(ResumeParsed.class);
        assertThat(events.get("RES_BOMB").getPayload()).isInstanceOfSatisfying(ResumeParseFailed.class, f -> {
            assertThat(f.getReason()).isIn(ParseFailureReason.RESOURCE_LIMIT, ParseFailureReason.TOO_LARGE);
            assertThat(f.getDetail()).isNotBlank();
        });
        assertThat(events.get("RES_JS").getPayload()).isInstanceOfSatisfying(ResumeParseFailed.class, f -> {
            assertThat(f.getReason()).isEqualTo(ParseFailureReason.ACTIVE_CONTENT);
            assertThat(f.getDetail()).contains("JavaScript");
        });
    }

    private ResumeUploaded upload(String resumeId, byte[] content) throws Exception {
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        String ref = FileBlobStoreAdapter.referenceOf(sha);
        Path file = blobs.pathOf(ref);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return TestEvents.upload("org-a", resumeId, ref, "BATCH_1");
    }
}
