package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.IdempotencyCache;
import dev.shortlist.ingest.system.IngestProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/resumes")
@Tag(name = "Resumes", description = "Upload one resume; it is parsed and screened asynchronously")
class ResumeController {

    private final ResumeService resumes;
    private final IdempotencyCache idempotency;
    private final long maxFileBytes;

    ResumeController(ResumeService resumes, IdempotencyCache idempotency, IngestProperties properties) {
        this.resumes = resumes;
        this.idempotency = idempotency;
        this.maxFileBytes = properties.maxFileSize().toBytes();
    }

    @Operation(
            summary = "Upload a resume (PDF, DOCX, DOC, RTF, ODT, TXT, HTML; type detected from content)",
            description = "202 with the resume id and links to its status and profile on query-api. The same content "
                    + "uploaded again by the organization returns the existing id in `duplicateOf`. Optional `jobIds` "
                    + "request a screening against each job.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ResumeResponse> upload(
            Caller caller,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "jobIds", required = false) List<String> jobIds,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        ResumeIntake.Upload upload = UploadedFiles.read(file, maxFileBytes);
        return idempotency.execute(
                caller.organizationId(),
                "POST /api/v1/resumes",
                idempotencyKey,
                () -> ResponseEntity.accepted().body(resumes.upload(caller, upload, jobIds)));
    }
}
