package dev.shortlist.query.analytics;

import dev.shortlist.query.system.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "analytics")
class AnalyticsController {

    private final AnalyticsQueries analytics;

    AnalyticsController(AnalyticsQueries analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/api/v1/jobs/{jobId}/analytics")
    @Operation(summary = "Score distribution, band funnel, skill gaps and batch throughput of a job")
    Analytics job(OrganizationId org, @PathVariable String jobId) throws IOException {
        return analytics.forJob(org, jobId);
    }

    @GetMapping("/api/v1/analytics")
    @Operation(summary = "The same statistics over the whole organization, plus jobs by status")
    Analytics organization(OrganizationId org) throws IOException {
        return analytics.forOrganization(org);
    }
}
