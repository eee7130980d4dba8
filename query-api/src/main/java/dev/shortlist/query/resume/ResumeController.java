package dev.shortlist.query.resume;

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
@RequestMapping("/api/v1/resumes/{resumeId}")
@Tag(name = "resumes")
class ResumeController {

    private final ResumeQueries resumes;

    ResumeController(ResumeQueries resumes) {
        this.resumes = resumes;
    }

    @GetMapping
    @Operation(summary = "The resume's parsed profile")
    ResumeProfile profile(OrganizationId org, @PathVariable String resumeId) throws IOException {
        return resumes.profile(org, resumeId);
    }

    @GetMapping("/history")
    @Operation(summary = "The resume's audit timeline, oldest first")
    Page<TimelineEntry> history(
            OrganizationId org,
            @PathVariable String resumeId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size)
            throws IOException {
        return resumes.history(org, resumeId, page, size);
    }

    @GetMapping("/matches")
    @Operation(summary = "The resume compared across the organization's jobs, best match first")
    Page<JobMatch> matches(
            OrganizationId org,
            @PathVariable String resumeId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size)
            throws IOException {
        return resumes.matches(org, resumeId, page, size);
    }
}
