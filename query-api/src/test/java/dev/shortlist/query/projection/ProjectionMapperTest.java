package dev.shortlist.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.query.Events;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectionMapperTest {

    private final ProjectionMapper mapper = new ProjectionMapper();
    private static final ProjectionMapper.JobLookup NO_JOBS = jobId -> Optional.empty();

    @Test
    void aScoredScreeningBecomesTheLatestScreeningItsScoreHistoryEntryAndATimelineEntry() {
        var event = Events.scored(
                "org-a", "JOB_1", "RES_1", "BATCH_1", 82.5, "scorer-2", List.of("Java", "Kafka"), List.of("Go"));
        List<IndexOp> ops = mapper.map(new EventPosition("shortlist.screenings.scored.v1", 2, 41), event, NO_JOBS);

        assertThat(ops)
                .extracting(IndexOp::projection)
                .containsExactly(Projection.SCREENINGS, Projection.SCREENING_HISTORY, Projection.HISTORY);
        IndexOp screening = ops.get(0);
        assertThat(screening.id()).isEqualTo("JOB_1:RES_1");
        assertThat(screening.version()).isEqualTo(42);
        ScreeningDocument doc = (ScreeningDocument) screening.document();
        assertThat(doc.keys().organizationId()).isEqualTo("org-a");
        assertThat(doc.result().score()).isEqualTo(82.5);
        assertThat(doc.result().band()).isEqualTo("STRONG");
        assertThat(doc.explanation().matchedSkills()).containsExactly("Java", "Kafka");
        assertThat(doc.explanation().missingSkills()).containsExactly("Go");
        assertThat(doc.explanation().text()).contains("built Kafka services");
        assertThat(doc.explanation().matched().get(0).evidence().get(0).section())
                .isEqualTo("EXPERIENCE");
        assertThat(ops.get(1).id()).isEqualTo(event.getMetadata().getEventId());
        HistoryEntry entry = (HistoryEntry) ops.get(2).document();
        assertThat(entry.eventType()).isEqualTo("ScreeningScored");
        assertThat(entry.subject().resumeId()).isEqualTo("RES_1");
        assertThat(entry.description().summary()).contains("82.5", "STRONG", "scorer-2");
    }

    @Test
    void uploadsAndBatchCreationOnlyCreateDocumentsSoThatLaterEventsAlwaysWin() {
        List<IndexOp> upload = mapper.map(
                new EventPosition("shortlist.resumes.v1", 0, 7),
                Events.uploaded("org-a", "RES_1", "BATCH_1", "JOB_1"),
                NO_JOBS);
        List<IndexOp> batch = mapper.map(
                new EventPosition("shortlist.batches.v1", 0, 3),
                Events.batchCreated("org-a", "BATCH_1", "JOB_1", List.of("RES_1", "RES_2")),
                NO_JOBS);

        assertThat(upload.get(0).version()).isEqualTo(IndexOp.CREATE_ONLY);
        assertThat(((ResumeDocument) upload.get(0).document()).status()).isEqualTo("PENDING");
        assertThat(batch.get(0).version()).isEqualTo(IndexOp.CREATE_ONLY);
        assertThat(((BatchDocument) batch.get(0).document()).counts().total()).isEqualTo(2);
        HistoryEntry uploadEntry = (HistoryEntry) upload.get(1).document();
        assertThat(uploadEntry.description().details()).containsEntry("fileName", "RES_1.pdf");
    }

    @Test
    void aClosedJobKeepsTheDefinitionOfItsCurrentState() {
        JobDocument posted = (JobDocument) mapper.map(
                        new EventPosition("shortlist.jobs.v1", 1, 0),
                        Events.jobPosted("org-a", "JOB_1", "Backend Engineer", List.of("Java")),
                        NO_JOBS)
                .get(0)
                .document();

        List<IndexOp> closed = mapper.map(
                new EventPosition("shortlist.jobs.v1", 1, 1),
                Events.jobClosed("org-a", "JOB_1", 2),
                jobId -> Optional.of(posted));

        JobDocument job = (JobDocument) closed.get(0).document();
        assertThat(job.status()).isEqualTo(JobDocument.CLOSED);
        assertThat(job.definition().title()).isEqualTo("Backend Engineer");
        assertThat(job.definition().requirements().requiredSkills()).containsExactly("Java");
        assertThat(job.lifecycle().closeReason()).isEqualTo("filled");
        assertThat(closed.get(0).version()).isEqualTo(2);
    }

    @Test
    void aParsedResumeCarriesItsFacetsAndEmbedding() {
        List<IndexOp> ops = mapper.map(
                new EventPosition("shortlist.resumes.parsed.v1", 0, 0),
                Events.parsed("org-a", "RES_1", "Ada", List.of("Java", "Kafka", "Java"), Events.embedding(3, 0.1f)),
                NO_JOBS);

        ResumeDocument resume = (ResumeDocument) ops.get(0).document();
        assertThat(resume.status()).isEqualTo(ResumeDocument.PARSED);
        assertThat(resume.profile().skillFacets().skills()).containsExactly("Java", "Kafka");
        assertThat(resume.profile().content().embedding()).hasSize(384);
        assertThat(resume.profile().candidate().name()).isEqualTo("Ada");
        assertThat(ops.get(0).version()).isEqualTo(1);
    }

    @Test
    void anErasureTombstonesTheResumeAboveEveryEventVersion() {
        List<IndexOp> ops =
                mapper.map(new EventPosition("shortlist.erasures.v1", 0, 0), Events.erased("org-a", "RES_1"), NO_JOBS);

        assertThat(ops.get(0).version()).isEqualTo(IndexOp.ERASED).isGreaterThan(Integer.MAX_VALUE * 1000L);
        ResumeDocument tombstone = (ResumeDocument) ops.get(0).document();
        assertThat(tombstone.erasure().erased()).isTrue();
        assertThat(tombstone.profile().candidate().name()).isNull();
        assertThat(tombstone.profile().content().text()).isNull();
    }
}
