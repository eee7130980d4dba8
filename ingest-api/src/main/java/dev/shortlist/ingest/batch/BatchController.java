package dev.shortlist.ingest.batch;

import dev.shortlist.ingest.resume.ResumeIntake;
import dev.shortlist.ingest.resume.Sizes;
import dev.shortlist.ingest.resume.UploadedFiles;
import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.IdempotencyCache;
import dev.shortlist.ingest.system.IngestProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
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
@RequestMapping("/api/v1/batches")
@Tag(name = "Batches", description = "Upload many resumes (files and/or ZIP archives) for one job")
class BatchController {

    private final BatchService batches;
    private final IdempotencyCache idempotency;
    private final long maxFileBytes;
    private final long maxBatchBytes;

    BatchController(BatchService batches, IdempotencyCache idempotency, IngestProperties properties) {
        this.batches = batches;
        this.idempotency = idempotency;
        this.maxFileBytes = properties.maxFileSize().toBytes();
        this.maxBatchBytes = properties.maxBatchSize().toBytes();
    }

    @Operation(
            summary = "Upload a batch of resumes for a job",
            description =
                    "Multipart: `jobId` and one or more `files` (documents and/or ZIP archives, expanded one level). "
                            + "Good files are accepted and bad ones listed in `rejected` with a reason code; the batch is written "
                            + "atomically. 422 when no file is acceptable, 413 above the file-count or size limits.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BatchResponse> create(
            Caller caller,
            @RequestParam("jobId") String jobId,
            @RequestPart("files") List<MultipartFile> files,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        // Decided from the container's counts before any part is read into memory.
        long received = files.stream().mapToLong(MultipartFile::getSize).sum();
        if (received > maxBatchBytes) {
            throw BatchService.batchTooLarge(
                    "The batch carries " + received + " bytes; the limit is " + Sizes.describe(maxBatchBytes) + ".");
        }
        List<ResumeIntake.Upload> uploads = new ArrayList<>(files.size());
        for (MultipartFile file : files) {
            uploads.add(UploadedFiles.read(file, maxFileBytes));
        }
        return idempotency.execute(
                caller.organizationId(),
                "POST /api/v1/batches",
                idempotencyKey,
                () -> ResponseEntity.accepted().body(batches.create(caller, jobId, uploads)));
    }
}
