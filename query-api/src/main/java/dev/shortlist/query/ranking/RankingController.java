package dev.shortlist.query.ranking;

import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs/{jobId}")
@Tag(name = "rankings")
class RankingController {

    private final RankingQueries rankings;

    RankingController(RankingQueries rankings) {
        this.rankings = rankings;
    }

    @GetMapping("/ranking")
    @Operation(summary = "Scored candidates of a job, best first, with filters")
    Page<RankedCandidate> ranking(
            OrganizationId org,
            @PathVariable String jobId,
            @Parameter(description = "minimum score 0-100") @RequestParam(required = false) Double minScore,
            @Parameter(description = "bands, e.g. STRONG,GOOD") @RequestParam(required = false) List<String> band,
            @Parameter(description = "skills every candidate must have matched") @RequestParam(required = false)
                    List<String> skills,
            @Parameter(description = "text in the matched requirements and their evidence")
                    @RequestParam(required = false)
                    String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size)
            throws IOException {
        return rankings.ranking(org, jobId, RankingFilter.of(minScore, band, skills, q), page, size);
    }

    @GetMapping("/shortlist")
    @Operation(summary = "The top n candidates of a job")
    List<RankedCandidate> shortlist(
            OrganizationId org, @PathVariable String jobId, @RequestParam(defaultValue = "10") @Min(1) @Max(200) int n)
            throws IOException {
        return rankings.ranking(org, jobId, RankingFilter.none(), 0, n).items();
    }

    @GetMapping("/screenings/{resumeId}")
    @Operation(summary = "Why one resume scored what it did against the job")
    ScreeningExplanation explanation(OrganizationId org, @PathVariable String jobId, @PathVariable String resumeId)
            throws IOException {
        return rankings.explanation(org, jobId, resumeId);
    }

    @GetMapping("/screenings/{resumeId}/history")
    @Operation(summary = "Every scoring of the screening across scorer versions and job revisions, oldest first")
    List<ScoreHistoryEntry> scoreHistory(OrganizationId org, @PathVariable String jobId, @PathVariable String resumeId)
            throws IOException {
        return rankings.scoreHistory(org, jobId, resumeId);
    }
}
