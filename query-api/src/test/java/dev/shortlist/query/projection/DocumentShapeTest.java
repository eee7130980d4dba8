package dev.shortlist.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import dev.shortlist.query.Events;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.FileRejection;
import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.job.RemotePolicy;
import dev.shortlist.schemas.job.ScoringWeights;
import dev.shortlist.schemas.resume.EducationEntry;
import dev.shortlist.schemas.resume.ExperienceEntry;
import dev.shortlist.schemas.resume.Link;
import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.SpokenLanguage;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningFailureReason;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents the projector writes, serialised exactly as the Elasticsearch client does, keep the
 * shape the index templates, the query endpoints and the Kibana objects in {@code deploy/} rely on:
 * every field is one the template maps (the mappings are strict), every mapped field is written by
 * some document, and each document is, field for field, the recorded {@code document-shapes.json}.
 * An intended change of a document is recorded with {@code -Dshortlist.shapes.record=true} (that run
 * still fails against the old recording) and reviewed as a diff of that file.
 */
class DocumentShapeTest {

    private static final JsonMapper ELASTICSEARCH_JSON = new Jackson3JsonpMapper().objectMapper();
    private static final String SHAPES = "projection/document-shapes.json";

    private final ProjectionMapper mapper = new ProjectionMapper();

    @Test
    void everyDocumentIsTheRecordedShape() throws IOException {
        Map<String, Written> documents = documents();
        JsonNode recorded;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHAPES)) {
            assertThat(in).as(SHAPES).isNotNull();
            recorded = ELASTICSEARCH_JSON.readTree(in);
        }
        if (Boolean.getBoolean("shortlist.shapes.record")) {
            ObjectNode all = ELASTICSEARCH_JSON.createObjectNode();
            documents.forEach((name, written) -> all.set(name, written.json()));
            Files.writeString(
                    Path.of("src/test/resources", SHAPES),
                    ELASTICSEARCH_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n");
        }
        assertThat(new TreeSet<>(recorded.propertyNames())).isEqualTo(new TreeSet<>(documents.keySet()));
        documents.forEach((name, written) -> assertThat(written.json()).as(name).isEqualTo(recorded.get(name)));
    }

    @Test
    void everyWrittenFieldIsMappedAndEveryMappedFieldIsWritten() throws IOException {
        Map<Projection, Set<String>> written = new LinkedHashMap<>();
        documents().forEach((name, document) -> {
            Set<String> fields = new TreeSet<>(document.json().propertyNames());
            assertThat(mappedFields(document.projection())).as(name).containsAll(fields);
            written.computeIfAbsent(document.projection(), p -> new TreeSet<>()).addAll(fields);
        });
        assertThat(written.keySet()).containsExactlyInAnyOrder(Projection.values());
        written.forEach((projection, fields) ->
                assertThat(fields).as(projection.alias()).isEqualTo(mappedFields(projection)));
    }

    @Test
    void everyDocumentReadsBackAsWritten() {
        // The projector reads jobs and erased resumes' documents back, the endpoints read every kind.
        documents().forEach((name, written) -> {
            // Compared as JSON: the history's free-form details come back with JSON's number types.
            Object read = ELASTICSEARCH_JSON.treeToValue(
                    written.json(), written.document().getClass());
            JsonNode reread = ELASTICSEARCH_JSON.readTree(ELASTICSEARCH_JSON.writeValueAsString(read));
            assertThat(reread).as(name).isEqualTo(written.json());
            if (!(read instanceof HistoryEntry)) {
                assertThat(read).as(name).isEqualTo(written.document());
            }
        });
    }

    @Test
    void withNullsWrittenTheFieldsComeInTheTemplatesOrder() throws IOException {
        // Jobs are answered as they are stored, by a mapper that writes null fields.
        JsonMapper withNulls = JsonMapper.builder().build();
        Map<Projection, Written> firstOfEach = new LinkedHashMap<>();
        documents().values().forEach(written -> firstOfEach.putIfAbsent(written.projection(), written));
        firstOfEach.forEach((projection, written) -> assertThat(List.copyOf(withNulls
                        .readTree(withNulls.writeValueAsString(written.document()))
                        .propertyNames()))
                .as(projection.alias())
                .containsExactlyElementsOf(mappedFieldsInOrder(projection)));
    }

    private static List<String> mappedFieldsInOrder(Projection projection) {
        try (InputStream in =
                DocumentShapeTest.class.getClassLoader().getResourceAsStream(projection.templateResource())) {
            return List.copyOf(ELASTICSEARCH_JSON
                    .readTree(in)
                    .get("template")
                    .get("mappings")
                    .get("properties")
                    .propertyNames());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> mappedFields(Projection projection) {
        try (InputStream in =
                DocumentShapeTest.class.getClassLoader().getResourceAsStream(projection.templateResource())) {
            JsonNode mappings = ELASTICSEARCH_JSON.readTree(in).get("template").get("mappings");
            assertThat(mappings.get("dynamic").asString()).isEqualTo("strict");
            return new TreeSet<>(mappings.get("properties").propertyNames());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Written(Projection projection, Object document, JsonNode json) {}

    /** One document of every kind the projector writes, from events with fixed ids and times. */
    private Map<String, Written> documents() {
        Map<String, Written> documents = new LinkedHashMap<>();
        JobEvent posted = Events.jobPosted("org-a", "JOB_1", "Backend Engineer", List.of("Java", "Kafka"));
        add(documents, "job-posted", map(posted, 0));
        JobDocument current = (JobDocument) mapper.map(position(posted, 0), posted, id -> Optional.empty())
                .get(0)
                .document();
        JobEvent updated = JobEvent.newBuilder(posted)
                .setRevision(2)
                .setPayload(JobUpdated.newBuilder()
                        .setDefinition(JobDefinition.newBuilder()
                                .setTitle("Senior Backend Engineer")
                                .setDescription("Senior backend work")
                                .setRequiredSkills(List.of("Java"))
                                .setPreferredSkills(List.of())
                                .setMinimumYears(null)
                                .setEducationLevel(EducationLevel.MASTER)
                                .setLocation(null)
                                .setRemote(RemotePolicy.REMOTE)
                                .setLanguages(List.of("en", "de"))
                                .setWeights(new ScoringWeights(0.4, 0.1, 0.2, 0.1, 0.05, 0.05, 0.1))
                                .build())
                        .build())
                .build();
        add(
                documents,
                "job-updated",
                mapper.map(position(fixed(updated, "e-job-updated"), 1), updated, id -> Optional.of(current)));
        JobEvent closed = fixed(Events.jobClosed("org-a", "JOB_1", 3), "e-job-closed");
        add(documents, "job-closed", mapper.map(position(closed, 2), closed, id -> Optional.of(current)));
        JobEvent closedUnknown = fixed(Events.jobClosed("org-a", "JOB_2", 1), "e-job-closed-unknown");
        add(
                documents,
                "job-closed-unknown",
                mapper.map(position(closedUnknown, 3), closedUnknown, id -> Optional.empty()));

        add(documents, "resume-uploaded", map(Events.uploaded("org-a", "RES_1", "BATCH_1", "JOB_1"), 4));
        add(documents, "resume-parsed", map(richParse(), 5));
        ResumeParseEvent failed = ResumeParseEvent.newBuilder()
                .setMetadata(Events.meta("org-a"))
                .setResumeId("RES_2")
                .setBatchId("BATCH_1")
                .setPayload(ResumeParseFailed.newBuilder()
                        .setReason(ParseFailureReason.NO_TEXT)
                        .setDetail("no text layer")
                        .setParserVersion("parser-1")
                        .build())
                .build();
        add(documents, "resume-parse-failed", map(failed, 6));
        add(documents, "resume-erased", map(Events.erased("org-a", "RES_1"), 7));

        ScreeningRequested requested = ScreeningRequested.newBuilder()
                .setMetadata(Events.meta("org-a"))
                .setScreeningId("JOB_1:RES_1")
                .setJobId("JOB_1")
                .setResumeId("RES_1")
                .setBatchId("BATCH_1")
                .setTrigger(ScreeningTrigger.BATCH)
                .build();
        add(documents, "screening-requested", map(requested, 8));
        ScreeningResultEvent scored = Events.scored(
                "org-a", "JOB_1", "RES_1", "BATCH_1", 82.5, "scorer-2", List.of("Java", "Kafka"), List.of("Go"));
        List<IndexOp> scoredOps = map(scored, 9);
        add(documents, "screening-scored", scoredOps);
        ScreeningResultEvent screeningFailed = ScreeningResultEvent.newBuilder()
                .setMetadata(Events.meta("org-a"))
                .setScreeningId("JOB_1:RES_2")
                .setJobId("JOB_1")
                .setResumeId("RES_2")
                .setBatchId(null)
                .setPayload(ScreeningFailed.newBuilder()
                        .setReason(ScreeningFailureReason.PARSE_FAILED)
                        .setDetail("resume could not be parsed")
                        .setParseFailureReason(ParseFailureReason.NO_TEXT)
                        .build())
                .build();
        add(documents, "screening-failed", map(screeningFailed, 10));

        BatchCreated created = BatchCreated.newBuilder(
                        Events.batchCreated("org-a", "BATCH_1", "JOB_1", List.of("RES_1", "RES_2")))
                .setRejections(List.of(new FileRejection("x.exe", "UNSUPPORTED", "not a resume")))
                .build();
        add(documents, "batch-created", map(created, 11));
        add(documents, "batch-progress", map(Events.progress("org-a", "BATCH_1", "JOB_1", 2, 1, 0), 12));
        add(documents, "batch-completed", map(Events.progress("org-a", "BATCH_1", "JOB_1", 2, 2, 1), 13));

        // What an erasure writes over documents derived from the resume.
        ScreeningDocument screening = (ScreeningDocument) scoredOps.get(0).document();
        ScoreHistoryDocument score = (ScoreHistoryDocument) scoredOps.get(1).document();
        HistoryEntry entry = (HistoryEntry) scoredOps.get(2).document();
        documents.put(
                "tombstone-screening",
                written(
                        Projection.SCREENINGS,
                        ScreeningDocument.erased(screening.screeningId(), screening.keys(), "e-erased")));
        documents.put("tombstone-score-history", written(Projection.SCREENING_HISTORY, score.erasedCopy()));
        documents.put("tombstone-history", written(Projection.HISTORY, entry.blanked()));
        return documents;
    }

    private static ResumeParseEvent richParse() {
        ResumeParseEvent event =
                Events.parsed("org-a", "RES_1", "Ada Lovelace", List.of("Java", "Kafka"), List.of(0.25f, -0.5f, 0.75f));
        ResumeParsed parsed = (ResumeParsed) event.getPayload();
        parsed.getContact().setEmail("ada@example.org");
        parsed.getContact().setPhone("+49 30 1234");
        parsed.getContact().setLinks(List.of(new Link("github", "https://github.com/ada")));
        parsed.setExperience(List.of(ExperienceEntry.newBuilder()
                .setTitle("Backend Engineer")
                .setCompany("Acme")
                .setLocation("Berlin")
                .setStart(LocalDate.of(2019, 1, 1))
                .setEnd(null)
                .setCurrent(true)
                .setMonths(70)
                .setDescription("Kafka services")
                .build()));
        parsed.setEducation(List.of(EducationEntry.newBuilder()
                .setDegree("BSc Computer Science")
                .setLevel(EducationLevel.BACHELOR)
                .setField("Computer Science")
                .setInstitution("TU Berlin")
                .setStart(LocalDate.of(2012, 10, 1))
                .setEnd(LocalDate.of(2016, 9, 30))
                .build()));
        parsed.setLanguages(List.of(new SpokenLanguage("en", "C2"), new SpokenLanguage("de", null)));
        parsed.setCertifications(List.of("CKA"));
        return event;
    }

    private List<IndexOp> map(SpecificRecord event, int offset) {
        EventMetadata meta =
                (EventMetadata) event.get(event.getSchema().getField("metadata").pos());
        meta.setEventId("e-" + offset);
        return mapper.map(position(event, offset), event, id -> Optional.empty());
    }

    private static <T extends SpecificRecord> T fixed(T event, String eventId) {
        ((EventMetadata) event.get(event.getSchema().getField("metadata").pos())).setEventId(eventId);
        return event;
    }

    private static EventPosition position(SpecificRecord event, int offset) {
        return new EventPosition("topic", 0, offset);
    }

    private static void add(Map<String, Written> documents, String name, List<IndexOp> ops) {
        List<String> projections = new ArrayList<>();
        for (IndexOp op : ops) {
            String key = name + "/" + op.projection().alias();
            projections.add(key);
            documents.put(key, written(op.projection(), op.document()));
        }
        assertThat(projections).doesNotHaveDuplicates();
    }

    private static Written written(Projection projection, Object document) {
        return new Written(
                projection, document, ELASTICSEARCH_JSON.readTree(ELASTICSEARCH_JSON.writeValueAsString(document)));
    }
}
