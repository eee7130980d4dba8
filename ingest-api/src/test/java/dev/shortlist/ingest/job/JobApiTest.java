package dev.shortlist.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.shortlist.ingest.IngestApiTestSupport;
import dev.shortlist.ingest.resume.TestFiles;
import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.job.RemotePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** A job's lifecycle as events: posted (1), updated (2), closed (3); and its description as a file. */
class JobApiTest extends IngestApiTestSupport {

    private static final String ORG = "org-jobs";

    @Test
    void aJobIsPostedUpdatedAndClosedWithIncreasingRevisions() throws Exception {
        String body = """
                {"title": "Data engineer", "description": "Pipelines in Kafka and Spark.",
                 "requiredSkills": ["Kafka", " Spark ", "Kafka"], "preferredSkills": ["Scala"], "minimumYears": 3,
                 "educationLevel": "BACHELOR", "location": "Berlin, Germany", "remote": "HYBRID", "languages": ["EN", "de"],
                 "weights": {"semantic": 0.4}}
                """;
        String jobId = json(mvc.perform(as(post("/api/v1/jobs"), token(ORG, "recruiter"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andExpect(header().exists("Location"))
                        .andExpect(jsonPath("$.status").value("OPEN"))
                        .andReturn())
                .get("jobId")
                .asText();

        mvc.perform(as(put("/api/v1/jobs/" + jobId), token(ORG, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Data engineer", "Senior data engineer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2));
        mvc.perform(as(post("/api/v1/jobs/" + jobId + "/close"), token(ORG, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"filled\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.status").value("CLOSED"));

        List<JobEvent> jobEvents = events.events(JobEvent.class);
        assertThat(jobEvents).extracting(JobEvent::getRevision).containsExactly(1, 2, 3);
        assertThat(jobEvents)
                .<Class<?>>extracting(e -> e.getPayload().getClass())
                .containsExactly(JobPosted.class, JobUpdated.class, JobClosed.class);
        var posted = ((JobPosted) jobEvents.get(0).getPayload()).getDefinition();
        assertThat(posted.getRequiredSkills()).containsExactly("Kafka", "Spark");
        assertThat(posted.getLanguages()).containsExactly("en", "de");
        assertThat(posted.getEducationLevel()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(posted.getRemote()).isEqualTo(RemotePolicy.HYBRID);
        assertThat(posted.getWeights().getSemantic()).isEqualTo(0.4);
        assertThat(posted.getWeights().getRequiredSkills()).isEqualTo(0.35);
        assertThat(((JobUpdated) jobEvents.get(1).getPayload()).getDefinition().getTitle())
                .isEqualTo("Senior data engineer");
        assertThat(((JobClosed) jobEvents.get(2).getPayload()).getReason()).isEqualTo("filled");

        mvc.perform(as(put("/api/v1/jobs/" + jobId), token(ORG, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict());
    }

    @Test
    void aJobWithoutTitleOrDescriptionIsABadRequest() throws Exception {
        mvc.perform(as(post("/api/v1/jobs"), token(ORG, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \" \", \"description\": \"\"}"))
                .andExpect(status().isBadRequest());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void updatingAnotherOrganizationsJobIsNotFound() throws Exception {
        String theirs = postJob("org-rival", "Their job");
        events.clear();
        mvc.perform(as(put("/api/v1/jobs/" + theirs), token(ORG, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Mine now\", \"description\": \"Hijacked.\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/jobs/" + theirs + "/close"), token(ORG, "recruiter")))
                .andExpect(status().isNotFound());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aDescriptionFileBecomesTheDescription() throws Exception {
        mvc.perform(as(
                        multipart("/api/v1/jobs")
                                .file(new MockMultipartFile(
                                        "file",
                                        "job.docx",
                                        "application/octet-stream",
                                        TestFiles.docx("Site reliability engineer with Kubernetes and Terraform")))
                                .param("requiredSkills", "Kubernetes", "Terraform"),
                        token(ORG, "recruiter")))
                .andExpect(status().isCreated());

        var definition = ((JobPosted) events.events(JobEvent.class).get(0).getPayload()).getDefinition();
        assertThat(definition.getDescription()).contains("Site reliability engineer with Kubernetes and Terraform");
        assertThat(definition.getTitle()).isEqualTo("Site reliability engineer with Kubernetes and Terraform");
        assertThat(definition.getRequiredSkills()).containsExactly("Kubernetes", "Terraform");
    }

    @Test
    void aPlainTextBodyBecomesTheDescription() throws Exception {
        mvc.perform(as(post("/api/v1/jobs").param("title", "Support engineer"), token(ORG, "recruiter"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Help customers.\nLinux and SQL required."))
                .andExpect(status().isCreated());

        var definition = ((JobPosted) events.events(JobEvent.class).get(0).getPayload()).getDefinition();
        assertThat(definition.getTitle()).isEqualTo("Support engineer");
        assertThat(definition.getDescription()).isEqualTo("Help customers.\nLinux and SQL required.");
    }

    @Test
    void anExecutableIsNotADescription() throws Exception {
        mvc.perform(as(
                        multipart("/api/v1/jobs")
                                .file(new MockMultipartFile(
                                        "file", "job.pdf", "application/pdf", TestFiles.windowsExecutable())),
                        token(ORG, "recruiter")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/unreadable-job-description"));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aDescriptionBombOrOversizeFileIsRefusedBeforeAnyParserRuns() throws Exception {
        mvc.perform(as(
                        multipart("/api/v1/jobs")
                                .file(new MockMultipartFile(
                                        "file", "job.docx", "application/octet-stream", TestFiles.docxBomb(200 << 20))),
                        token(ORG, "recruiter")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/unreadable-job-description"))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "The document: entry 'word/document.xml' expands more than 100 times its compressed size."));
        mvc.perform(as(
                        multipart("/api/v1/jobs")
                                .file(new MockMultipartFile(
                                        "file", "job.pdf", "application/pdf", TestFiles.pdfOfSize(11 << 20))),
                        token(ORG, "recruiter")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/file-too-large"));
        assertThat(events.events()).isEmpty();
    }
}
