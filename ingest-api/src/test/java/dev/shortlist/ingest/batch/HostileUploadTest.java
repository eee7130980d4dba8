package dev.shortlist.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shortlist.ingest.IngestApiTestSupport;
import dev.shortlist.ingest.resume.TestFiles;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningRequested;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Hostile and broken uploads, each with its documented status and reason code (docs/ingest.md),
 * and never an event for a refused file.
 */
class HostileUploadTest extends IngestApiTestSupport {

    private static final String ORG = "org-hostile";
    private String job;

    @BeforeEach
    void job() throws Exception {
        job = postJob(ORG, "Security engineer");
        events.clear();
    }

    private ResultActions uploadOne(String fileName, byte[] content) throws Exception {
        return mvc.perform(as(
                multipart("/api/v1/resumes")
                        .file(new MockMultipartFile("file", fileName, "application/pdf", content))
                        .param("jobIds", job),
                token(ORG, "recruiter")));
    }

    private ResultActions batch(String jobId, String organization, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/v1/batches").param("jobId", jobId);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(as(request, token(organization, "recruiter")));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() throws Exception {
        uploadOne("resume.pdf", TestFiles.windowsExecutable())
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/executable"))
                .andExpect(jsonPath("$.reason").value("EXECUTABLE"))
                .andExpect(jsonPath("$.fileName").value("resume.pdf"));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        uploadOne("huge.pdf", TestFiles.pdfOfSize(11 * 1024 * 1024))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/file-too-large"))
                .andExpect(jsonPath("$.reason").value("FILE_TOO_LARGE"))
                .andExpect(jsonPath("$.detail")
                        .value("The file is larger than the per-file limit of 10485760 bytes (10 MB)."));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aPdfHeaderOverAnExecutableIsActiveContent() throws Exception {
        uploadOne("resume.pdf", TestFiles.pdfOverExecutable())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/active-content"))
                .andExpect(jsonPath("$.reason").value("ACTIVE_CONTENT"))
                .andExpect(jsonPath("$.detail").value("It contains a Windows executable (PE) at byte 9."));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aPdfWithAnArchiveAfterItsEndIsActiveContent() throws Exception {
        uploadOne("resume.pdf", TestFiles.pdfWithAppendedZip())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("ACTIVE_CONTENT"))
                .andExpect(jsonPath(
                        "$.detail", org.hamcrest.Matchers.containsString("appended after the end of the PDF")));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aMacroDocumentRenamedDocxIsActiveContent() throws Exception {
        uploadOne("resume.docx", TestFiles.docm("macro"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/active-content"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("macro")));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aDocxBombIsRefusedBeforeItIsStored() throws Exception {
        uploadOne("resume.docx", TestFiles.docxBomb(300 << 20))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/zip-bomb"))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "The document: entry 'word/document.xml' expands more than 100 times its compressed size."));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aFileNameWithControlCharactersIsABadRequest() throws Exception {
        uploadOne("a\u0000b.pdf", TestFiles.pdf("nul"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/invalid-file-name"))
                .andExpect(jsonPath("$.reason").value("INVALID_FILE_NAME"))
                .andExpect(jsonPath("$.fileName").value("a\\u0000b.pdf"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("U+0000 at position 1")));
        batch(job, ORG, file("../../cv.pdf", TestFiles.pdf("up")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/invalid-file-name"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("contains '..'")));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aDocxBombInsideAZipIsRefusedAndTheRestOfTheBatchAccepted() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bomb.docx", TestFiles.docxBomb(100 << 20));
        entries.put("macro.docx", TestFiles.docm("macro in a zip"));
        entries.put("polyglot.pdf", TestFiles.pdfWithAppendedZip());
        entries.put("fine.docx", TestFiles.docx("fine candidate in a zip"));

        JsonNode body = json(batch(job, ORG, file("cvs.zip", TestFiles.zip(entries)))
                .andExpect(status().isAccepted())
                .andReturn());

        assertThat(body.get("accepted").findValuesAsText("fileName")).containsExactly("cvs.zip!/fine.docx");
        Map<String, String> reasons = new LinkedHashMap<>();
        body.get("rejected")
                .forEach(r ->
                        reasons.put(r.get("fileName").asText(), r.get("reason").asText()));
        assertThat(reasons)
                .containsExactly(
                        Map.entry("cvs.zip!/bomb.docx", "ZIP_BOMB"),
                        Map.entry("cvs.zip!/macro.docx", "ACTIVE_CONTENT"),
                        Map.entry("cvs.zip!/polyglot.pdf", "ACTIVE_CONTENT"));
        assertThat(events.events(ResumeUploaded.class)).hasSize(1);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        uploadOne("empty.pdf", new byte[0])
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("EMPTY_FILE"));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aZipIsNotASingleResume() throws Exception {
        uploadOne("cvs.zip", TestFiles.zip(Map.of("a.pdf", TestFiles.pdf("a"))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.reason").value("ARCHIVE_NOT_ALLOWED"));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void anotherOrganizationsJobDoesNotExistForYou() throws Exception {
        String foreignJob = postJob("org-elsewhere", "Their job");
        events.clear();

        mvc.perform(as(
                        multipart("/api/v1/resumes")
                                .file(new MockMultipartFile(
                                        "file", "cv.pdf", "application/pdf", TestFiles.pdf("poacher")))
                                .param("jobIds", foreignJob),
                        token(ORG, "recruiter")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/job-not-found"));
        batch(foreignJob, ORG, file("cv.pdf", TestFiles.pdf("poacher"))).andExpect(status().isNotFound());
        batch("JOB_20260101_NOPE", ORG, file("cv.pdf", TestFiles.pdf("poacher")))
                .andExpect(status().isNotFound());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aBatchAcceptsTheGoodFilesAndReportsEachBadOne() throws Exception {
        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("../../../etc/cron.d/evil.pdf", TestFiles.pdf("evil"));
        traversal.put("inside.pdf", TestFiles.pdf("inside the traversal zip"));
        Map<String, byte[]> nested = new LinkedHashMap<>();
        nested.put("more.zip", TestFiles.zip(Map.of("deep.pdf", TestFiles.pdf("deep"))));

        JsonNode body = json(batch(
                        job,
                        ORG,
                        file("good.pdf", TestFiles.pdf("good candidate")),
                        file("word.docx", TestFiles.docx("Word candidate")),
                        file("setup.pdf", TestFiles.windowsExecutable()),
                        file("bomb.zip", TestFiles.zipBomb(60 << 20)),
                        file("traversal.zip", TestFiles.zip(traversal)),
                        file("nested.zip", TestFiles.zip(nested)),
                        file("locked.zip", TestFiles.encryptedZip()),
                        file("empty.txt", new byte[0]),
                        file("huge.pdf", TestFiles.pdfOfSize(11 * 1024 * 1024)))
                .andExpect(status().isAccepted())
                .andReturn());

        assertThat(body.get("total").asInt()).isEqualTo(3);
        assertThat(body.get("accepted").findValuesAsText("fileName"))
                .containsExactly("good.pdf", "word.docx", "traversal.zip!/inside.pdf");
        Map<String, String> reasons = new LinkedHashMap<>();
        body.get("rejected")
                .forEach(r ->
                        reasons.put(r.get("fileName").asText(), r.get("reason").asText()));
        assertThat(reasons)
                .containsExactly(
                        Map.entry("setup.pdf", "EXECUTABLE"),
                        Map.entry("bomb.zip", "ZIP_BOMB"),
                        Map.entry("traversal.zip!/../../../etc/cron.d/evil.pdf", "PATH_TRAVERSAL"),
                        Map.entry("nested.zip!/more.zip", "NESTED_ARCHIVE"),
                        Map.entry("locked.zip", "ENCRYPTED_ARCHIVE"),
                        Map.entry("empty.txt", "EMPTY_FILE"),
                        Map.entry("huge.pdf", "FILE_TOO_LARGE"));
        assertThat(body.get("rejected").get(6).get("detail").asText())
                .isEqualTo("The file is larger than the per-file limit of 10485760 bytes (10 MB).");

        // Events only for the three accepted files; the rejections are recorded on the batch.
        BatchCreated created = events.events(BatchCreated.class).get(0);
        assertThat(events.events(BatchCreated.class)).hasSize(1);
        assertThat(created.getTotal()).isEqualTo(3);
        assertThat(created.getRejections()).hasSize(7);
        assertThat(events.events(ResumeUploaded.class))
                .extracting(r -> r.getFileName())
                .containsExactly("good.pdf", "word.docx", "traversal.zip!/inside.pdf");
        assertThat(events.events(ScreeningRequested.class))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.getBatchId()).isEqualTo(created.getBatchId()));
        assertThat(events.events()).hasSize(7);
    }

    @Test
    void aBatchWithNothingAcceptableIsUnprocessableAndListsEveryReason() throws Exception {
        batch(job, ORG, file("setup.exe", TestFiles.windowsExecutable()), file("empty.pdf", new byte[0]))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/no-acceptable-files"))
                .andExpect(jsonPath("$.rejected[0].reason").value("EXECUTABLE"))
                .andExpect(jsonPath("$.rejected[1].reason").value("EMPTY_FILE"));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aBatchOverTheFileCountLimitIsRefusedWhole() throws Exception {
        MockMultipartFile[] files = new MockMultipartFile[501];
        for (int i = 0; i < files.length; i++) {
            files[i] = file("cv-" + i + ".txt", ("Candidate number " + i + " knows Java.").getBytes());
        }
        batch(job, ORG, files)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.reason").value("TOO_MANY_FILES"));
        assertThat(events.events()).isEmpty();
        // Nothing was claimed: the same files in a smaller batch are new resumes, not duplicates.
        batch(job, ORG, List.of(files).subList(0, 2).toArray(MockMultipartFile[]::new))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted[0].duplicateOf").doesNotExist());
    }
}
