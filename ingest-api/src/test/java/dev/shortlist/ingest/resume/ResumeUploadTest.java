package dev.shortlist.ingest.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.ingest.IngestApiTestSupport;
import dev.shortlist.ingest.blob.FileSystemBlobStore;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Uploading one resume: events, claim check, duplicates, idempotent retries, Kafka outages. */
class ResumeUploadTest extends IngestApiTestSupport {

    private MockMultipartHttpServletRequestBuilder upload(
            String organization, String fileName, byte[] content, String... jobIds) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/resumes")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        for (String jobId : jobIds) {
            request.param("jobIds", jobId);
        }
        as(request, token(organization, "recruiter"));
        return request;
    }

    @Test
    void anUploadIsAcceptedStoredAndAnnouncedWithAScreeningPerJob() throws Exception {
        String jobA = postJob("org-upload", "Data engineer");
        String jobB = postJob("org-upload", "Platform engineer");
        events.clear();
        byte[] pdf = TestFiles.pdf("Ada Lovelace, analytical engines");

        MvcResult result = mvc.perform(upload("org-upload", "ada.pdf", pdf, jobA, jobB))
                .andExpect(status().isAccepted())
                .andExpect(
                        jsonPath("$.resumeId").value(org.hamcrest.Matchers.matchesPattern("RES_\\d{8}_[0-9A-Z]{20}")))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.duplicateOf").doesNotExist())
                .andExpect(jsonPath("$.links.status").exists())
                .andReturn();
        String resumeId = json(result).get("resumeId").asText();

        List<ResumeUploaded> uploaded = events.events(ResumeUploaded.class);
        assertThat(uploaded).singleElement().satisfies(event -> {
            assertThat(event.getResumeId()).isEqualTo(resumeId);
            assertThat(event.getMetadata().getOrganizationId()).isEqualTo("org-upload");
            assertThat(event.getSha256()).isEqualTo(FileSystemBlobStore.sha256Hex(pdf));
            assertThat(event.getJobIds()).containsExactly(jobA, jobB);
            assertThat(event.getBlobRef())
                    .isEqualTo("file:sha256/" + event.getSha256().substring(0, 2) + "/"
                            + event.getSha256().substring(2, 4) + "/" + event.getSha256());
        });
        assertThat(Files.readAllBytes(
                        blobRoot().resolve(uploaded.get(0).getBlobRef().substring("file:".length()))))
                .isEqualTo(pdf);
        assertThat(events.events())
                .filteredOn(e -> e.value() instanceof ScreeningRequested)
                .extracting(e -> e.key())
                .containsExactly(jobA + ":" + resumeId, jobB + ":" + resumeId);
        assertThat(events.events(ScreeningRequested.class))
                .allSatisfy(s -> assertThat(s.getTrigger()).isEqualTo(ScreeningTrigger.UPLOAD));
    }

    @Test
    void theSameContentAgainIsTheSameResume() throws Exception {
        String job = postJob("org-dup", "Analyst");
        byte[] pdf = TestFiles.pdf("Grace Hopper, compilers");
        String first = json(mvc.perform(upload("org-dup", "grace.pdf", pdf))
                        .andExpect(status().isAccepted())
                        .andReturn())
                .get("resumeId")
                .asText();
        events.clear();

        mvc.perform(upload("org-dup", "renamed.pdf", pdf, job))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.resumeId").value(first))
                .andExpect(jsonPath("$.duplicateOf").value(first));

        assertThat(events.events(ResumeUploaded.class)).isEmpty();
        assertThat(events.events(ScreeningRequested.class))
                .singleElement()
                .satisfies(s -> assertThat(s.getResumeId()).isEqualTo(first));
    }

    @Test
    void anotherOrganizationUploadingTheSameContentGetsItsOwnResume() throws Exception {
        byte[] pdf = TestFiles.pdf("Shared content across tenants");
        String mine = json(mvc.perform(upload("org-one", "cv.pdf", pdf)).andReturn())
                .get("resumeId")
                .asText();

        mvc.perform(upload("org-two", "cv.pdf", pdf))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicateOf").doesNotExist())
                .andExpect(jsonPath("$.resumeId").value(org.hamcrest.Matchers.not(mine)));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstResponse() throws Exception {
        byte[] first = TestFiles.pdf("Idempotent one");
        JsonNode original =
                json(mvc.perform(upload("org-idem", "one.pdf", first).header("Idempotency-Key", "k-1"))
                        .andExpect(status().isAccepted())
                        .andReturn());

        JsonNode retried = json(mvc.perform(upload("org-idem", "one.pdf", first).header("Idempotency-Key", "k-1"))
                .andExpect(status().isAccepted())
                .andReturn());

        assertThat(retried).isEqualTo(original);
        assertThat(events.events(ResumeUploaded.class)).hasSize(1);
        // The same key from another organization is another request.
        mvc.perform(upload("org-other", "one.pdf", first).header("Idempotency-Key", "k-1"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicateOf").doesNotExist());
        assertThat(events.events(ResumeUploaded.class)).hasSize(2);
    }

    @Test
    void whenKafkaIsDownTheClientIsToldToRetryAndNothingIsHalfRecorded() throws Exception {
        byte[] pdf = TestFiles.pdf("Written during an outage");
        events.unavailable(true);

        mvc.perform(upload("org-outage", "cv.pdf", pdf))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/service-unavailable"));

        // The blob was written first (an orphan is harmless); the retry is a new upload, not a duplicate.
        assertThat(Files.exists(blobRoot()
                        .resolve("sha256/" + FileSystemBlobStore.sha256Hex(pdf).substring(0, 2))))
                .isTrue();
        events.unavailable(false);
        mvc.perform(upload("org-outage", "cv.pdf", pdf))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicateOf").doesNotExist());
        assertThat(events.events(ResumeUploaded.class)).hasSize(1);
    }

    @Test
    void uploadsToAClosedJobAreRefused() throws Exception {
        String job = postJob("org-closed", "Closed role");
        mvc.perform(as(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/jobs/" + job + "/close"),
                        token("org-closed", "recruiter")))
                .andExpect(status().isOk());
        events.clear();

        mvc.perform(upload("org-closed", "cv.pdf", TestFiles.pdf("late applicant"), job))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/job-closed"));
        assertThat(events.events()).isEmpty();
    }
}
