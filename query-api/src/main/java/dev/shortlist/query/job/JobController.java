package dev.shortlist.query.job;

import dev.shortlist.query.projection.JobDocument;
import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs")
class JobController {

    private final JobQueries jobs;

    JobController(JobQueries jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(
            summary = "List or search the organization's jobs",
            description = "Newest first, or by relevance when q is given.")
    Page<JobDocument> list(
            OrganizationId org,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size)
            throws IOException {
        return jobs.search(org, q, status, page, size);
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "One job with its current definition and status")
    JobDocument get(OrganizationId org, @PathVariable String jobId) throws IOException {
        return jobs.get(org, jobId);
    }
}
