package dev.shortlist.query.search;

import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "candidates")
class CandidateController {

    private final CandidateQueries candidates;

    CandidateController(CandidateQueries candidates) {
        this.candidates = candidates;
    }

    @GetMapping("/api/v1/candidates")
    @Operation(summary = "Search the organization's parsed candidates by text, skills and location")
    Page<CandidateHit> search(
            OrganizationId org,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> skills,
            @RequestParam(required = false) String location,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size)
            throws IOException {
        return candidates.search(org, CandidateFilter.of(q, skills, location), page, size);
    }

    @GetMapping("/api/v1/jobs/{jobId}/similar-candidates")
    @Operation(
            summary = "Candidates semantically similar to a job (kNN)",
            description = "The job's vector is the "
                    + "centroid of the embeddings of its best-scored candidates; basis NONE when there is none yet.")
    SimilarCandidates similar(
            OrganizationId org,
            @PathVariable String jobId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size)
            throws IOException {
        return candidates.similarTo(org, jobId, size);
    }
}
