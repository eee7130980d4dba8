package dev.shortlist.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.ingest.IngestApiTestSupport;
import dev.shortlist.ingest.resume.TestFiles;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Batches of files and ZIPs: one BatchCreated, one ResumeUploaded per new resume, one screening per resume. */
class BatchApiTest extends IngestApiTestSupport {

    private static final String ORG = "org-batch";

    @Test
    void filesAndAZipBecomeOneBatch() throws Exception {
        String job = postJob(ORG, "Nurse");
        events.clear();
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put("cvs/", new byte[0]);
        zip.put("cvs/c.pdf", TestFiles.pdf("Candidate C"));
        zip.put("cvs/d.txt", "Candidate D, registered nurse".getBytes());

        JsonNode body = json(mvc.perform(as(
                        multipart("/api/v1/batches")
                                .param("jobId", job)
                                .file(new MockMultipartFile(
                                        "files", "a.pdf", "application/pdf", TestFiles.pdf("Candidate A")))
                                .file(new MockMultipartFile(
                                        "files", "b.docx", "application/octet-stream", TestFiles.docx("Candidate B")))
                                .file(new MockMultipartFile(
                                        "files", "more.zip", "application/zip", TestFiles.zip(zip))),
                        token(ORG, "recruiter")))
                .andExpect(status().isAccepted())
                .andReturn());

        String batchId = body.get("batchId").asText();
        assertThat(batchId).matches("BATCH_\\d{8}_[0-9A-Z]{20}");
        assertThat(body.get("total").asInt()).isEqualTo(4);
        assertThat(body.get("rejected")).isEmpty();
        assertThat(events.events().get(0).value()).isInstanceOf(BatchCreated.class);
        BatchCreated created = events.events(BatchCreated.class).get(0);
        assertThat(created.getResumeIds()).hasSize(4);
        assertThat(created.getJobId()).isEqualTo(job);
        assertThat(events.events(ResumeUploaded.class)).hasSize(4).allSatisfy(r -> {
            assertThat(r.getBatchId()).isEqualTo(batchId);
            assertThat(r.getMetadata().getCorrelationId()).isEqualTo(batchId);
        });
        assertThat(events.events(ScreeningRequested.class))
                .hasSize(4)
                .allSatisfy(s -> assertThat(s.getTrigger()).isEqualTo(ScreeningTrigger.BATCH))
                .extracting(ScreeningRequested::getResumeId)
                .containsExactlyElementsOf(created.getResumeIds());
    }

    @Test
    void duplicatesAreScreenedButNotUploadedAgain() throws Exception {
        String job = postJob(ORG, "Welder");
        byte[] known = TestFiles.pdf("Known welder");
        String knownId = json(mvc.perform(as(
                                multipart("/api/v1/resumes")
                                        .file(new MockMultipartFile("file", "known.pdf", "application/pdf", known)),
                                token(ORG, "recruiter")))
                        .andReturn())
                .get("resumeId")
                .asText();
        events.clear();
        byte[] fresh = TestFiles.pdf("Fresh welder");

        JsonNode body = json(mvc.perform(as(
                        multipart("/api/v1/batches")
                                .param("jobId", job)
                                .file(new MockMultipartFile("files", "known-again.pdf", "application/pdf", known))
                                .file(new MockMultipartFile("files", "fresh.pdf", "application/pdf", fresh))
                                .file(new MockMultipartFile("files", "fresh-copy.pdf", "application/pdf", fresh)),
                        token(ORG, "recruiter")))
                .andExpect(status().isAccepted())
                .andReturn());

        assertThat(body.get("accepted").get(0).get("duplicateOf").asText()).isEqualTo(knownId);
        assertThat(body.get("accepted").get(2).get("duplicateOf").asText())
                .isEqualTo(body.get("accepted").get(1).get("resumeId").asText());
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(events.events(ResumeUploaded.class))
                .singleElement()
                .satisfies(r -> assertThat(r.getFileName()).isEqualTo("fresh.pdf"));
        assertThat(events.events(ScreeningRequested.class)).hasSize(2);
        assertThat(events.events(BatchCreated.class).get(0).getTotal()).isEqualTo(2);
    }

    @Test
    void whenKafkaIsDownNoPartOfTheBatchIsRecorded() throws Exception {
        String job = postJob(ORG, "Baker");
        events.clear();
        events.unavailable(true);
        byte[] cv = TestFiles.pdf("Baker during outage");

        mvc.perform(as(
                        multipart("/api/v1/batches")
                                .param("jobId", job)
                                .file(new MockMultipartFile("files", "a.pdf", "application/pdf", cv)),
                        token(ORG, "recruiter")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
        events.unavailable(false);

        // Retried after the outage, the file is a new resume: the failed attempt left no claim behind.
        JsonNode retried = json(mvc.perform(as(
                        multipart("/api/v1/batches")
                                .param("jobId", job)
                                .file(new MockMultipartFile("files", "a.pdf", "application/pdf", cv)),
                        token(ORG, "recruiter")))
                .andExpect(status().isAccepted())
                .andReturn());
        assertThat(retried.get("accepted").get(0).has("duplicateOf")).isFalse();
        assertThat(events.events(ResumeUploaded.class)).hasSize(1);
    }
}
