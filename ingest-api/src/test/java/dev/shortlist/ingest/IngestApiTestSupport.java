package dev.shortlist.ingest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.ingest.system.DetachedEventLog;
import dev.shortlist.ingest.system.RecordingEventPublisher;
import dev.shortlist.stack.auth.DevTokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The whole ingest API over MockMvc with real signed JWTs (a {@link DevTokenIssuer} key pair in a
 * temporary directory, {@code public-key-location} pointed at it) and the event log replaced by a
 * {@link RecordingEventPublisher} ({@link DetachedEventLog}: no Kafka).
 */
@SpringBootTest(
        properties = {
            "management.endpoint.health.group.readiness.include=readinessState,eventState",
            "spring.kafka.properties.schema.registry.url=mock://ingest-api-test",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DevTokenIssuer.DEFAULT_ISSUER,
            "spring.security.oauth2.resourceserver.jwt.audiences=" + DevTokenIssuer.DEFAULT_AUDIENCE
        })
@AutoConfigureMockMvc
@TypeExcludeFilters(DetachedEventLog.WithoutKafka.class)
@Import(DetachedEventLog.class)
public abstract class IngestApiTestSupport {

    /**
     * One temporary home per test JVM (key pair and blobs): Spring caches the application context
     * across test classes, so the key it trusts must outlive any single class.
     */
    protected static final Path home = TemporaryHome.create();

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected RecordingEventPublisher events;

    @DynamicPropertySource
    static void keysAndBlobs(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + issuer().publicKeyPem().toAbsolutePath());
        registry.add("shortlist.blobs.dir", () -> home.resolve("blobs").toString());
    }

    @BeforeEach
    void resetEventLog() {
        events.unavailable(false);
        events.clear();
    }

    protected static DevTokenIssuer issuer() {
        return DevTokenIssuer.inDirectory(home.resolve("dev-issuer"));
    }

    protected static String token(String organization, String... roles) {
        return issuer().token(organization, List.of(roles), Duration.ofMinutes(5));
    }

    protected static Path blobRoot() {
        return home.resolve("blobs");
    }

    protected static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    /** Posts a job for the organization and returns its id. */
    protected String postJob(String organization, String title) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of(
                "title",
                title,
                "description",
                title + ": build and run Java services on Kafka.",
                "requiredSkills",
                List.of("Java", "Kafka")));
        MvcResult result = mvc.perform(as(post("/api/v1/jobs"), token(organization, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return json(result).get("jobId").asText();
    }

    protected static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }
}
