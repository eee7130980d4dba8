package dev.shortlist.ingest.job;

import dev.shortlist.ingest.resume.RejectionReason;
import dev.shortlist.ingest.resume.ResumeIntake;
import dev.shortlist.ingest.resume.Sizes;
import dev.shortlist.ingest.resume.UploadedFiles;
import dev.shortlist.ingest.system.ApiException;
import dev.shortlist.ingest.system.Caller;
import dev.shortlist.ingest.system.IdempotencyCache;
import dev.shortlist.ingest.system.IngestProperties;
import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.job.RemotePolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Post, update and close jobs (reads are served by query-api)")
class JobController {

    private final JobService jobs;
    private final JobDescriptionExtractor extractor;
    private final IdempotencyCache idempotency;
    private final Validator validator;
    private final URI queryBaseUrl;
    private final long maxFileBytes;

    JobController(
            JobService jobs,
            JobDescriptionExtractor extractor,
            IdempotencyCache idempotency,
            Validator validator,
            IngestProperties properties) {
        this.jobs = jobs;
        this.extractor = extractor;
        this.idempotency = idempotency;
        this.validator = validator;
        this.queryBaseUrl = properties.queryBaseUrl();
        this.maxFileBytes = properties.maxFileSize().toBytes();
    }

    @Operation(summary = "Post a job (JSON)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JobResponse> post(
            Caller caller,
            @Valid @RequestBody JobRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return idempotency.execute(
                caller.organizationId(),
                "POST /api/v1/jobs",
                idempotencyKey,
                () -> created(jobs.post(caller, request)));
    }

    @Operation(
            summary = "Post a job whose description is a file (PDF, DOCX, DOC, RTF, TXT)",
            description =
                    "The text extracted from `file` becomes the description; the title defaults to its first line.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<JobResponse> postFile(
            Caller caller,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) List<String> requiredSkills,
            @RequestParam(required = false) List<String> preferredSkills,
            @RequestParam(required = false) Double minimumYears,
            @RequestParam(required = false) EducationLevel educationLevel,
            @RequestParam(required = false) String location,
            @RequestParam(required = false) RemotePolicy remote,
            @RequestParam(required = false) List<String> languages,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        ResumeIntake.Upload upload = UploadedFiles.read(file, maxFileBytes);
        if (upload.isTooLarge()) {
            throw new ApiException(
                            HttpStatus.CONTENT_TOO_LARGE,
                            RejectionReason.FILE_TOO_LARGE.problemSlug(),
                            "File too large",
                            "The job description file is larger than the per-file limit of "
                                    + Sizes.describe(maxFileBytes) + ".")
                    .with("reason", RejectionReason.FILE_TOO_LARGE.name());
        }
        String description;
        try {
            description = extractor.extract(upload.content());
        } catch (JobDescriptionExtractor.UnreadableDescriptionException e) {
            throw new ApiException(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "unreadable-job-description",
                            "Unreadable job description",
                            e.getMessage())
                    .with("mediaType", e.mediaType());
        }
        JobRequest request = new JobRequest(
                title(title, description),
                description,
                requiredSkills,
                preferredSkills,
                minimumYears,
                educationLevel,
                location,
                remote,
                languages,
                null);
        return idempotency.execute(
                caller.organizationId(),
                "POST /api/v1/jobs",
                idempotencyKey,
                () -> created(jobs.post(caller, validated(request))));
    }

    @Operation(summary = "Post a job whose description is the plain-text body")
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<JobResponse> postText(
            Caller caller,
            @RequestBody String description,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) List<String> requiredSkills,
            @RequestParam(required = false) List<String> preferredSkills,
            @RequestParam(required = false) Double minimumYears,
            @RequestParam(required = false) EducationLevel educationLevel,
            @RequestParam(required = false) String location,
            @RequestParam(required = false) RemotePolicy remote,
            @RequestParam(required = false) List<String> languages,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        JobRequest request = new JobRequest(
                title(title, description),
                description,
                requiredSkills,
                preferredSkills,
                minimumYears,
                educationLevel,
                location,
                remote,
                languages,
                null);
        return idempotency.execute(
                caller.organizationId(),
                "POST /api/v1/jobs",
                idempotencyKey,
                () -> created(jobs.post(caller, validated(request))));
    }

    @Operation(summary = "Replace a job's definition (emits JobUpdated with the next revision)")
    @PutMapping(path = "/{jobId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    JobResponse update(Caller caller, @PathVariable String jobId, @Valid @RequestBody JobRequest request) {
        return response(jobs.update(caller, jobId, request));
    }

    @Operation(summary = "Close a job: no more uploads or screenings for it")
    @PostMapping("/{jobId}/close")
    JobResponse close(Caller caller, @PathVariable String jobId, @RequestBody(required = false) CloseRequest request) {
        return response(jobs.close(caller, jobId, request == null ? null : request.reason()));
    }

    /** @param reason why the job is closed (optional) */
    record CloseRequest(String reason) {}

    private ResponseEntity<JobResponse> created(JobRegistry.JobState job) {
        JobResponse body = response(job);
        return ResponseEntity.created(URI.create(body.links().get("self"))).body(body);
    }

    private JobResponse response(JobRegistry.JobState job) {
        String self = queryBaseUrl.resolve("/api/v1/jobs/" + job.jobId()).toString();
        return new JobResponse(
                job.jobId(), job.revision(), job.status().name(), Map.of("self", self, "rankings", self + "/rankings"));
    }

    private JobRequest validated(JobRequest request) {
        Set<ConstraintViolation<JobRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-job",
                    "Invalid job",
                    violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** The given title, else the description's first non-blank line (shortened). */
    private static String title(String title, String description) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String firstLine = description == null
                ? ""
                : description.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() > 120 ? firstLine.substring(0, 120) : firstLine;
    }
}
