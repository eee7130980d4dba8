package dev.shortlist.ingest.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.shortlist.ingest.IngestApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** An organization over its write budget gets 429 with Retry-After; another organization is unaffected. */
@TestPropertySource(
        properties = {
            "shortlist.ingest.rate-limit.capacity=2",
            "shortlist.ingest.rate-limit.refill=1",
            "shortlist.ingest.rate-limit.period=1h"
        })
class RateLimitTest extends IngestApiTestSupport {

    private static final String JOB = "{\"title\": \"Cook\", \"description\": \"Kitchen work.\"}";

    @Test
    void aBurstBeyondTheBudgetIsTurnedAway() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(as(post("/api/v1/jobs"), token("org-busy", "recruiter"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JOB))
                    .andExpect(status().isCreated());
        }
        mvc.perform(as(post("/api/v1/jobs"), token("org-busy", "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JOB))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/rate-limited"));

        mvc.perform(as(post("/api/v1/jobs"), token("org-calm", "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JOB))
                .andExpect(status().isCreated());
    }
}
