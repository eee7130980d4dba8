package dev.shortlist.streams.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.batch.BatchStatus;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.schemas.topic.Topic;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.screening.parsing.isolation.HostileDocuments;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.junit.LocalStackTest;
import dev.shortlist.streams.StreamsProcessorApplication;
import dev.shortlist.streams.TestEvents;
import dev.shortlist.streams.parsing.FileBlobStoreAdapter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The whole application against a real broker and registry: a batch of generated resumes goes
 * through parse → score → batch progress and reaches its final status with exact counts, across a
 * restart of the application in the middle of the batch; a poison record lands in the dead-letter
 * topic with its origin while the stream goes on.
 */
@LocalStackTest({Component.KAFKA, Component.SCHEMA_REGISTRY})
class StreamsPipelineIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path blobDir;

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aBatchCompletesWithExactCountsAcrossARestartAndPoisonGoesToTheDeadLetterTopic(StackEndpoints endpoints)
            throws Exception {
        TopicCatalog topics = new TopicCatalog(Map.of("schema.registry.url", endpoints.schemaRegistryUrl()), 3);
        app = start(endpoints);
        assertHealthAndMetrics();

        String org = "org-" + run;
        String jobId = "JOB_" + run;
        String batchId = "BATCH_" + run;
        FileBlobStoreAdapter blobs = new FileBlobStoreAdapter(blobDir);
        List<String> resumeIds = new ArrayList<>();
        List<ResumeUploaded> uploads = new ArrayList<>();
        String[][] skills = {
            {"Java", "Kafka", "PostgreSQL"}, {"Java", "Spring"}, {"Kafka", "Docker"}, {"Python", "SQL"},
            {"Java", "Kubernetes"}, {"Excel", "Bookkeeping"}, {"Java", "Kafka"}, {"Go", "Kafka"}
        };
        for (int i = 0; i < skills.length; i++) {
            String resumeId = "RES_" + run + "_" + i;
            resumeIds.add(resumeId);
            uploads.add(TestEvents.upload(org, resumeId, store(blobs, resume(i, skills[i])), batchId));
        }
        // A blank document (no text) and an upload whose blob is missing: both must count as failed.
        resumeIds.add("RES_" + run + "_blank");
        uploads.add(TestEvents.upload(org, "RES_" + run + "_blank", store(blobs, "   \n  "), batchId));
        resumeIds.add("RES_" + run + "_missing");
        uploads.add(TestEvents.upload(
                org, "RES_" + run + "_missing", FileBlobStoreAdapter.referenceOf(sha256(run.getBytes())), batchId));
        // A memory bomb (a million text operators in 40 KB): its extraction worker dies of its heap cap
        // while the streams processor stays up and the resumes around it are scored.
        resumeIds.add("RES_" + run + "_bomb");
        uploads.add(TestEvents.upload(
                org, "RES_" + run + "_bomb", store(blobs, HostileDocuments.textOperatorBomb(1_000_000)), batchId));

        try (KafkaProducer<byte[], byte[]> producer = producer(endpoints)) {
            send(producer, topics.jobs(), jobId, TestEvents.jobPosted(org, jobId, List.of("Java", "Kafka")));
            send(producer, topics.batches(), batchId, TestEvents.batch(org, batchId, jobId, resumeIds));
            producer.send(new ProducerRecord<>(
                            TopicCatalog.RESUMES,
                            ("POISON_" + run).getBytes(StandardCharsets.UTF_8),
                            ("poison " + run).getBytes(StandardCharsets.UTF_8)))
                    .get();
            for (int i = 0; i < 5; i++) {
                submit(producer, topics, uploads.get(i), jobId);
            }

            List<BatchProgress> progress = new CopyOnWriteArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(endpoints, TopicCatalog.BATCHES_PROGRESS)) {
                awaitRecords(
                        consumer,
                        topics.batchProgress(),
                        progress,
                        p -> p.getBatchId().equals(batchId) && p.getProcessed() >= 3);

                // Restart in the middle of the batch: the new instance resumes from committed state.
                app.close();
                app = start(endpoints);
                for (int i = 5; i < uploads.size(); i++) {
                    submit(producer, topics, uploads.get(i), jobId);
                }

                awaitRecords(
                        consumer,
                        topics.batchProgress(),
                        progress,
                        p -> p.getBatchId().equals(batchId) && p.getProcessed() == 11);
            }
            BatchProgress last = progress.stream()
                    .filter(p -> p.getBatchId().equals(batchId))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            assertThat(last.getTotal()).isEqualTo(11);
            assertThat(last.getProcessed()).isEqualTo(11);
            assertThat(last.getSucceeded()).isEqualTo(8);
            assertThat(last.getFailed()).isEqualTo(3);
            assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED_WITH_FAILURES);
            assertThat(last.getCompletedAt()).isNotNull();
            assertThat(progress)
                    .filteredOn(p -> p.getBatchId().equals(batchId))
                    .allSatisfy(p -> assertThat(p.getProcessed()).isLessThanOrEqualTo(11));
        }

        // Exactly one committed outcome per resume, restart or not.
        List<ScreeningResultEvent> results = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(endpoints, TopicCatalog.SCREENINGS_SCORED)) {
            // Until every resume has an outcome (the topic may hold other runs' records, read in any partition
            // order), then a little longer so a duplicate would show.
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500))
                        .forEach(record -> collect(record, topics.scoredScreenings(), results));
                return results.stream()
                        .filter(r -> batchId.equals(r.getBatchId()))
                        .map(ScreeningResultEvent::getResumeId)
                        .collect(java.util.stream.Collectors.toSet())
                        .containsAll(resumeIds);
            });
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> collect(record, topics.scoredScreenings(), results));
        }
        List<ScreeningResultEvent> ours =
                results.stream().filter(r -> batchId.equals(r.getBatchId())).toList();
        assertThat(ours).extracting(ScreeningResultEvent::getResumeId).containsExactlyInAnyOrderElementsOf(resumeIds);
        assertThat(ours)
                .filteredOn(r -> r.getPayload() instanceof ScreeningScored)
                .hasSize(8);
        assertThat(ours)
                .filteredOn(r -> r.getPayload() instanceof ScreeningFailed)
                .extracting(r -> ((ScreeningFailed) r.getPayload())
                        .getParseFailureReason()
                        .name())
                .containsExactlyInAnyOrder("NO_TEXT", "BLOB_MISSING", "RESOURCE_LIMIT");
        double best = ours.stream()
                .filter(r -> r.getResumeId().endsWith("_0"))
                .mapToDouble(r -> ((ScreeningScored) r.getPayload()).getScore())
                .findFirst()
                .orElseThrow();
        double bookkeeper = ours.stream()
                .filter(r -> r.getResumeId().endsWith("_5"))
                .mapToDouble(r -> ((ScreeningScored) r.getPayload()).getScore())
                .findFirst()
                .orElseThrow();
        assertThat(best).isGreaterThan(bookkeeper);
        // The restarted instance has been up all along, the bomb's worker replaced.
        assertHealthAndMetrics();

        // The poison record, as sent, with where it came from.
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(endpoints, TopicCatalog.STREAMS_DLQ)) {
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(dead::add);
                return dead.stream()
                        .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).equals("poison " + run));
            });
            ConsumerRecord<byte[], byte[]> poison = dead.stream()
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).equals("poison " + run))
                    .findFirst()
                    .orElseThrow();
            assertThat(new String(poison.key(), StandardCharsets.UTF_8)).isEqualTo("POISON_" + run);
            assertThat(header(poison, "__streams.errors.topic")).isEqualTo(TopicCatalog.RESUMES);
            assertThat(header(poison, "__streams.errors.partition")).matches("\\d+");
            assertThat(header(poison, "__streams.errors.offset")).matches("\\d+");
            assertThat(header(poison, "__streams.errors.exception")).contains("SerializationException");
        }
    }

    private ConfigurableApplicationContext start(StackEndpoints endpoints) {
        // Command-line arguments, so that they win over application.yml.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StreamsProcessorApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + endpoints.bootstrapServers(),
                        "--spring.kafka.properties.schema.registry.url=" + endpoints.schemaRegistryUrl(),
                        "--spring.kafka.streams.state-dir=" + stateDir,
                        "--shortlist.blobs.dir=" + blobDir,
                        "--shortlist.scoring.semantic=false",
                        // Long enough that the bomb meets its worker's heap cap before the time limit on a busy
                        // machine.
                        "--shortlist.parsing.timeout=30s",
                        "--server.port=0");
        StreamsBuilderFactoryBean streams = context.getBean(StreamsBuilderFactoryBean.class);
        await().atMost(PATIENCE)
                .until(() -> streams.getKafkaStreams() != null
                        && streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
        return context;
    }

    private void assertHealthAndMetrics() throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"streams\"")
                .contains("\"state\":\"RUNNING\"")
                .contains("\"parsing.state\":\"RUNNING\"");
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("kafka_stream");
    }

    private static void submit(
            KafkaProducer<byte[], byte[]> producer, TopicCatalog topics, ResumeUploaded upload, String jobId)
            throws Exception {
        send(producer, topics.resumes(), upload.getResumeId(), upload);
        send(
                producer,
                topics.screenings(),
                jobId + ":" + upload.getResumeId(),
                TestEvents.request(
                        upload.getMetadata().getOrganizationId(), jobId, upload.getResumeId(), upload.getBatchId()));
    }

    private static <V> void send(KafkaProducer<byte[], byte[]> producer, Topic<String, V> topic, String key, V value)
            throws Exception {
        producer.send(new ProducerRecord<>(
                        topic.name(),
                        topic.keySerde().serializer().serialize(topic.name(), key),
                        topic.valueSerde().serializer().serialize(topic.name(), value)))
                .get();
    }

    private static <V> void awaitRecords(
            KafkaConsumer<byte[], byte[]> consumer, Topic<String, V> topic, List<V> into, Predicate<V> until) {
        await().atMost(PATIENCE).until(() -> {
            consumer.poll(Duration.ofMillis(500)).forEach(record -> collect(record, topic, into));
            return into.stream().anyMatch(until);
        });
    }

    private static <V> void collect(ConsumerRecord<byte[], byte[]> record, Topic<String, V> topic, List<V> into) {
        if (record.value() != null) {
            into.add(topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(StackEndpoints endpoints) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        endpoints.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(StackEndpoints endpoints, String topic) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        endpoints.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "streams-it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static String resume(int i, String[] skills) {
        return """
                Candidate %d
                candidate%d@example.org

                Summary
                Engineer with %d years of experience.

                Experience
                Software Engineer, Company %d
                Jan 2018 - Present
                Delivered projects using %s.

                Education
                Bachelor of Science in Computer Science, State University, 2017

                Skills
                %s
                """.formatted(i, i, 3 + i, i, String.join(" and ", skills), String.join(", ", skills));
    }

    private static String store(FileBlobStoreAdapter blobs, String text) throws Exception {
        return store(blobs, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String store(FileBlobStoreAdapter blobs, byte[] content) throws Exception {
        String ref = FileBlobStoreAdapter.referenceOf(sha256(content));
        Path file = blobs.pathOf(ref);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return ref;
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
