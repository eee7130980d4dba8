package dev.shortlist.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.shortlist.ingest.IngestApiTestSupport;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Who may do what: every token defect is a 401, a reader writing is a 403, a recruiter writes. */
class SecurityTest extends IngestApiTestSupport {

    private static final String JOB = """
            {"title": "Backend engineer", "description": "Java and Kafka services.", "requiredSkills": ["Java"]}
            """;

    private ResultActions postJobWith(String token) throws Exception {
        var request =
                post("/api/v1/jobs").contentType(MediaType.APPLICATION_JSON).content(JOB);
        return mvc.perform(token == null ? request : as(request, token));
    }

    @Test
    void recruiterPostsAJobAndTheEventCarriesTheTokensOrganizationAndSubject() throws Exception {
        postJobWith(token("org-acme", "recruiter"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.jobId").value(org.hamcrest.Matchers.matchesPattern("JOB_\\d{8}_[0-9A-Z]{20}")))
                .andExpect(jsonPath("$.revision").value(1));

        List<JobEvent> posted = events.events(JobEvent.class);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).getMetadata().getOrganizationId()).isEqualTo("org-acme");
        assertThat(posted.get(0).getMetadata().getActor()).isEqualTo("dev-user");
        assertThat(posted.get(0).getMetadata().getProducer()).startsWith("ingest-api/");
    }

    @Test
    void adminMayWriteToo() throws Exception {
        postJobWith(token("org-acme", "admin")).andExpect(status().isCreated());
    }

    @Test
    void viewerMayNotWrite() throws Exception {
        postJobWith(token("org-acme", "viewer"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/forbidden"));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void missingTokenIsUnauthorized() throws Exception {
        postJobWith(null)
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.type").value("https://shortlist.dev/problems/unauthorized"));
    }

    @Test
    void expiredTokenIsUnauthorized() throws Exception {
        String expired = issuer().token(
                        claims("org-acme"),
                        Duration.ofMinutes(-5),
                        DevTokenIssuer.DEFAULT_ISSUER,
                        DevTokenIssuer.DEFAULT_AUDIENCE);
        postJobWith(expired).andExpect(status().isUnauthorized());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() throws Exception {
        String foreign = issuer().token(
                        claims("org-acme"),
                        Duration.ofMinutes(5),
                        "https://login.example.com/realms/other",
                        DevTokenIssuer.DEFAULT_AUDIENCE);
        postJobWith(foreign).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() throws Exception {
        String otherAudience =
                issuer().token(claims("org-acme"), Duration.ofMinutes(5), DevTokenIssuer.DEFAULT_ISSUER, "billing-api");
        postJobWith(otherAudience).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenWithoutOrganizationIsUnauthorized() throws Exception {
        String orgless = issuer().token(
                        Map.of("roles", List.of("recruiter")),
                        Duration.ofMinutes(5),
                        DevTokenIssuer.DEFAULT_ISSUER,
                        DevTokenIssuer.DEFAULT_AUDIENCE);
        postJobWith(orgless).andExpect(status().isUnauthorized());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws Exception {
        String forged = DevTokenIssuer.inDirectory(home.resolve("other-keys"))
                .token("org-acme", List.of("admin"), Duration.ofMinutes(5));
        postJobWith(forged).andExpect(status().isUnauthorized());
    }

    @Test
    void healthAndApiDocsAreOpen() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/batches']").exists());
    }

    private static Map<String, Object> claims(String organization) {
        return Map.of("org_id", organization, "roles", List.of("recruiter"));
    }
}
