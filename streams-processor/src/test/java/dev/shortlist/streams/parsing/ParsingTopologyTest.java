package dev.shortlist.streams.parsing;

import static dev.shortlist.streams.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.streams.TestEvents;
import dev.shortlist.streams.TopologyTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParsingTopologyTest {

    /** Reads the document as text: "skills: a, b" lists skills; "FAIL REASON" fails with that reason. */
    static final class TextParser implements ResumeParsingAdapter {
        @Override
        public Outcome parse(ResumeUploaded upload, byte[] content) {
            String text = new String(content, StandardCharsets.UTF_8).trim();
            if (text.startsWith("FAIL ")) {
                return new Failed(ParseFailureReason.valueOf(text.substring(5)), "parser says " + text.substring(5));
            }
            return new Parsed(
                    TestEvents.profile(Arrays.stream(text.replace("skills:", "").split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList()));
        }

        @Override
        public String parserVersion() {
            return "fake-parser-1";
        }
    }

    @TempDir
    Path stateDir;

    @TempDir
    Path blobDir;

    private final TopologyTestSupport support = new TopologyTestSupport();
    private TopologyTestDriver driver;
    private TestInputTopic<String, ResumeUploaded> uploads;
    private TestInputTopic<String, CandidateErased> erasures;
    private TestOutputTopic<String, ResumeParseEvent> parsed;
    private FileBlobStoreAdapter blobs;

    @BeforeEach
    void start() {
        TopicCatalog topics = support.topics();
        blobs = new FileBlobStoreAdapter(blobDir);
        StreamsBuilder builder = new StreamsBuilder();
        ParsingTopology.build(builder, topics, blobs, new TextParser(), Clock.fixed(T0.plusSeconds(5), ZoneOffset.UTC));
        driver = support.driver(builder.build(), stateDir);
        uploads = driver.createInputTopic(
                topics.resumes().name(),
                topics.resumes().keySerde().serializer(),
                topics.resumes().valueSerde().serializer(),
                T0,
                Duration.ofSeconds(1));
        erasures = driver.createInputTopic(
                topics.erasures().name(),
                topics.erasures().keySerde().serializer(),
                topics.erasures().valueSerde().serializer(),
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
    }

    @Test
    void anUploadedResumeBecomesAProfileKeyedByResumeWithTheUploadsMetadata() throws Exception {
        ResumeUploaded upload = TestEvents.upload("org-a", "RES_1", store("skills: Java, Kafka"), "BATCH_1");

        uploads.pipeInput("RES_1", upload, T0);

        TestRecord<String, ResumeParseEvent> out = parsed.readRecord();
        assertThat(out.key()).isEqualTo("RES_1");
        ResumeParseEvent event = out.value();
        assertThat(event.getResumeId()).isEqualTo("RES_1");
        assertThat(event.getBatchId()).isEqualTo("BATCH_1");
        assertThat(event.getPayload()).isInstanceOf(ResumeParsed.class);
        assertThat(((ResumeParsed) event.getPayload()).getSkills())
                .extracting(s -> s.getName())
                .containsExactly("Java", "Kafka");
        assertThat(event.getMetadata().getOrganizationId()).isEqualTo("org-a");
        assertThat(event.getMetadata().getCorrelationId())
                .isEqualTo(upload.getMetadata().getCorrelationId());
        assertThat(event.getMetadata().getCausationId())
                .isEqualTo(upload.getMetadata().getEventId());
        assertThat(event.getMetadata().getEventId())
                .isNotEqualTo(upload.getMetadata().getEventId());
        assertThat(event.getMetadata().getOccurredAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(parsed.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ParseFailureReason.class,
            names = {
                "NO_TEXT",
                "ENCRYPTED",
                "CORRUPT",
                "UNSUPPORTED",
                "TOO_LARGE",
                "TIMEOUT",
                "RESOURCE_LIMIT",
                "ACTIVE_CONTENT"
            })
    void aDocumentTheParserRejectsBecomesAParseFailureWithItsReason(ParseFailureReason reason) throws Exception {
        uploads.pipeInput("RES_2", TestEvents.upload("org-a", "RES_2", store("FAIL " + reason.name()), null), T0);

        ResumeParseEvent event = parsed.readValue();
        assertThat(event.getPayload()).isInstanceOf(ResumeParseFailed.class);
        ResumeParseFailed failure = (ResumeParseFailed) event.getPayload();
        assertThat(failure.getReason()).isEqualTo(reason);
        assertThat(failure.getDetail()).isEqualTo("parser says " + reason.name());
        assertThat(failure.getParserVersion()).isEqualTo("fake-parser-1");
        assertThat(parsed.isEmpty()).isTrue();
    }

    @Test
    void anUploadWhoseBlobIsMissingFailsWithBlobMissing() {
        String missing = FileBlobStoreAdapter.referenceOf("ab".repeat(32));

        uploads.pipeInput("RES_3", TestEvents.upload("org-a", "RES_3", missing, null), T0);

        ResumeParseFailed failure = (ResumeParseFailed) parsed.readValue().getPayload();
        assertThat(failure.getReason()).isEqualTo(ParseFailureReason.BLOB_MISSING);
        assertThat(failure.getDetail()).contains(missing);
        assertThat(parsed.isEmpty()).isTrue();
    }

    @Test
    void aBlobReferenceOutsideTheBlobDirectoryIsTreatedAsMissing() throws Exception {
        Files.writeString(blobDir.resolve("secret.txt"), "skills: Java");

        uploads.pipeInput("RES_4", TestEvents.upload("org-a", "RES_4", "file:../secret.txt", null), T0);

        assertThat(((ResumeParseFailed) parsed.readValue().getPayload()).getReason())
                .isEqualTo(ParseFailureReason.BLOB_MISSING);
    }

    /**
     * The driver does not route dead letters (it has no producer for them); what it can show is that
     * the record is skipped and the stream goes on. The dead-letter record itself is pinned in
     * {@code DeadLetterHandlingTest} and its routing in the integration test.
     */
    @Test
    void aPoisonRecordIsSkippedAndTheStreamGoesOn() throws Exception {
        TestInputTopic<byte[], byte[]> raw =
                driver.createInputTopic(TopicCatalog.RESUMES, new ByteArraySerializer(), new ByteArraySerializer());

        raw.pipeInput("RES_X".getBytes(StandardCharsets.UTF_8), "not avro at all".getBytes(StandardCharsets.UTF_8), T0);
        uploads.pipeInput("RES_5", TestEvents.upload("org-a", "RES_5", store("skills: SQL"), null), T0.plusSeconds(1));

        assertThat(parsed.readKeyValue().key).isEqualTo("RES_5");
        assertThat(parsed.isEmpty()).isTrue();
    }

    @Test
    void anErasureTombstonesTheProfile() {
        erasures.pipeInput(
                "RES_6",
                CandidateErased.newBuilder()
                        .setMetadata(TestEvents.metadata("org-a"))
                        .setResumeId("RES_6")
                        .setReason("candidate request")
                        .build(),
                T0);

        TestRecord<String, ResumeParseEvent> out = parsed.readRecord();
        assertThat(out.key()).isEqualTo("RES_6");
        assertThat(out.value()).isNull();
        assertThat(parsed.isEmpty()).isTrue();
    }

    private String store(String text) throws IOException, NoSuchAlgorithmException {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        String ref = FileBlobStoreAdapter.referenceOf(sha);
        Path file = blobs.pathOf(ref);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return ref;
    }
}
