package dev.shortlist.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.ingest.blob.FileSystemBlobStore;
import dev.shortlist.ingest.job.JobRegistry;
import dev.shortlist.ingest.resume.ResumeIndex;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.topic.Topic;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.auth.DevTokenIssuer;
import dev.shortlist.stack.junit.LocalStackTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HTTP → Kafka against the real local stack (KRaft broker, schema registry over HTTP): a batch of
 * 50 real resume PDFs is committed as exactly one BatchCreated, 50 ResumeUploaded and 50
 * ScreeningRequested, all visible to a {@code read_committed} consumer, with every blob stored
 * under its SHA-256.
 */
@LocalStackTest({Component.KAFKA, Component.SCHEMA_REGISTRY})
@SpringBootTest
@AutoConfigureMockMvc
class BatchIngestIT {

    private static final Path HOME = Path.of("target", "ingest-it").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DevTokenIssuer ISSUER = DevTokenIssuer.inDirectory(HOME.resolve("dev-issuer"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    JobRegistry jobs;

    @Autowired
    ResumeIndex resumes;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        var endpoints = StackSettings.fromEnvironment().endpoints();
        registry.add("spring.kafka.bootstrap-servers", endpoints::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", endpoints::schemaRegistryUrl);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + ISSUER.publicKeyPem().toAbsolutePath());
        registry.add("shortlist.blobs.dir", () -> HOME.resolve("blobs").toString());
    }

    @BeforeAll
    static void requireData() {
        Assumptions.assumeTrue(
                Files.isDirectory(resumeData()),
                "Skipping: no evaluation data at " + resumeData() + " (set -Dshortlist.data.dir to locate it)");
    }

    @Test
    void aBatchOfFiftyRealResumesIsCommittedAtomically() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> jobs.isCaughtUp() && resumes.isCaughtUp());
        String organization = "org-it-" + UUID.randomUUID();
        String token = ISSUER.token(organization, List.of("recruiter"), Duration.ofMinutes(10));
        String jobId = JSON.readTree(mvc.perform(
                                post("/api/v1/jobs")
                                        .header("Authorization", "Bearer " + token)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"title\": \"Accountant\", \"description\": \"Ledgers, audits and reporting.\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .get("jobId")
                .asText();

        List<Path> pdfs = fiftyPdfs();
        var request = multipart("/api/v1/batches").param("jobId", jobId);
        for (Path pdf : pdfs) {
            request.file(new MockMultipartFile(
                    "files", pdf.getFileName().toString(), "application/pdf", Files.readAllBytes(pdf)));
        }
        JsonNode batch = JSON.readTree(mvc.perform(request.header("Authorization", "Bearer " + token))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        String batchId = batch.get("batchId").asText();
        assertThat(batch.get("total").asInt()).isEqualTo(50);
        assertThat(batch.get("rejected")).isEmpty();

        List<BatchCreated> created =
                readCommitted(catalog.batches(), b -> b.getBatchId().equals(batchId));
        List<ResumeUploaded> uploaded = readCommitted(catalog.resumes(), r -> batchId.equals(r.getBatchId()));
        List<ScreeningRequested> screenings = readCommitted(catalog.screenings(), s -> batchId.equals(s.getBatchId()));

        assertThat(created).hasSize(1);
        assertThat(created.get(0).getTotal()).isEqualTo(50);
        assertThat(created.get(0).getMetadata().getOrganizationId()).isEqualTo(organization);
        assertThat(uploaded).hasSize(50);
        assertThat(screenings)
                .hasSize(50)
                .extracting(ScreeningRequested::getResumeId)
                .containsExactlyInAnyOrderElementsOf(created.get(0).getResumeIds());
        FileSystemBlobStore blobs = new FileSystemBlobStore(HOME.resolve("blobs"));
        for (ResumeUploaded resume : uploaded) {
            byte[] stored = Files.readAllBytes(blobs.resolve(resume.getBlobRef()));
            assertThat(FileSystemBlobStore.sha256Hex(stored)).isEqualTo(resume.getSha256());
            assertThat(resume.getMediaType()).isEqualTo("application/pdf");
        }
    }

    /** Every committed record of the topic (from the beginning up to its end now) that matches. */
    private <V> List<V> readCommitted(Topic<String, V> topic, Predicate<V> wanted) {
        var endpoints = StackSettings.fromEnvironment().endpoints();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                endpoints.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        List<V> matches = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                config, new StringDeserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.test(record.value())) {
                        matches.add(record.value());
                    }
                }
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return matches;
    }

    private static List<Path> fiftyPdfs() throws IOException {
        try (Stream<Path> files = Files.walk(resumeData())) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf"))
                    .sorted()
                    .limit(50)
                    .toList();
            Assumptions.assumeTrue(pdfs.size() == 50, "Skipping: fewer than 50 PDFs in " + resumeData());
            return pdfs;
        }
    }

    /** {@code ../shared/data/resumes-livecareer} beside the repository, or under {@code -Dshortlist.data.dir}. */
    static Path resumeData() {
        String configured = System.getProperty("shortlist.data.dir");
        if (configured != null) {
            return Path.of(configured).resolve("resumes-livecareer");
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
        return root.resolveSibling("shared").resolve("data").resolve("resumes-livecareer");
    }
}
