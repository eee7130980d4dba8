package dev.shortlist.stack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.junit.LocalStackTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The registry's REST contract as Confluent's serializers use it, against the stack's registry
 * (child JVM, schemas in the broker's {@code _schemas} topic).
 */
// Tests this module's registry server, which the testcontainers mode replaces with Confluent's.
@LocalStackTest(
        value = {Component.KAFKA, Component.SCHEMA_REGISTRY},
        mode = StackSettings.Mode.EMBEDDED)
class SchemaRegistryIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String V1 =
            "{\"type\":\"record\",\"name\":\"Resume\",\"namespace\":\"it\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    static final String V2_DEFAULTED =
            "{\"type\":\"record\",\"name\":\"Resume\",\"namespace\":\"it\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"pages\",\"type\":\"int\",\"default\":1}]}";
    static final String V2_REQUIRED =
            "{\"type\":\"record\",\"name\":\"Resume\",\"namespace\":\"it\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"pages\",\"type\":\"int\"}]}";

    final String registry;
    final String subject = "resumes-" + UUID.randomUUID() + "-value";

    SchemaRegistryIT(LocalStack stack) {
        this.registry = stack.schemaRegistryUrl();
    }

    @Test
    void registersAndServesASchemaTheWayConfluentSerializersAskForIt() throws Exception {
        Reply registered = post("/subjects/" + subject + "/versions?normalize=false", body(V1, true));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        int id = registered.json().get("id").asInt();

        Reply byId = get("/schemas/ids/" + id + "?fetchMaxId=false&subject=" + subject);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(JSON.readTree(byId.json().get("schema").asText())).isEqualTo(JSON.readTree(V1));
        assertThat(byId.json().has("schemaType"))
                .as("schemaType is omitted for AVRO")
                .isFalse();

        Reply latest = get("/subjects/" + subject + "/versions/latest");
        assertThat(latest.json().get("id").asInt()).isEqualTo(id);
        assertThat(latest.json().get("version").asInt()).isEqualTo(1);
        assertThat(latest.json().get("subject").asText()).isEqualTo(subject);
        assertThat(get("/subjects/" + subject + "/versions/1/schema").json()).isEqualTo(JSON.readTree(V1));

        Reply lookup = post("/subjects/" + subject + "?deleted=false", body(V1, false));
        assertThat(lookup.json().get("version").asInt()).isEqualTo(1);
        assertThat(get("/subjects").json().toString()).contains(subject);
    }

    @Test
    void theSameSchemaUnderTwoSubjectsHasOneId() throws Exception {
        int first = post("/subjects/" + subject + "/versions", body(V1, false))
                .json()
                .get("id")
                .asInt();
        int second = post("/subjects/other-" + subject + "/versions", body(V1, true))
                .json()
                .get("id")
                .asInt();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDefaultedFieldIsACompatibleEvolutionAndARequiredOneIsRefused() throws Exception {
        post("/subjects/" + subject + "/versions", body(V1, false));

        assertThat(post("/compatibility/subjects/" + subject + "/versions/latest", body(V2_DEFAULTED, false))
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isTrue();
        assertThat(post("/compatibility/subjects/" + subject + "/versions/latest", body(V2_REQUIRED, false))
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isFalse();

        Reply refused = post("/subjects/" + subject + "/versions", body(V2_REQUIRED, false));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error_code").asInt()).isEqualTo(409);

        Reply evolved = post("/subjects/" + subject + "/versions", body(V2_DEFAULTED, false));
        assertThat(evolved.status()).isEqualTo(200);
        assertThat(get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1,2]");
    }

    @Test
    void compatibilityCanBeConfiguredPerSubject() throws Exception {
        post("/subjects/" + subject + "/versions", body(V1, false));
        Reply put = request("PUT", "/config/" + subject, "{\"compatibility\":\"NONE\"}");
        assertThat(put.json().get("compatibility").asText()).isEqualTo("NONE");

        assertThat(get("/config/" + subject).json().get("compatibilityLevel").asText())
                .isEqualTo("NONE");
        assertThat(get("/config").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        assertThat(post("/subjects/" + subject + "/versions", body(V2_REQUIRED, false))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownThingsAnswerConfluentErrorBodies() throws Exception {
        assertError(get("/associations/resources/-/resumes?resourceType=topic&associationType=value"), 404, 404);
        assertError(post("/dek-registry/v1/keks", "{}"), 404, 404);
        assertError(get("/subjects/" + subject + "/versions/latest"), 404, 40401);
        post("/subjects/" + subject + "/versions", body(V1, false));
        assertError(get("/subjects/" + subject + "/versions/9"), 404, 40402);
        assertError(get("/schemas/ids/987654"), 404, 40403);
        assertError(post("/subjects/" + subject + "/versions", body("{\"type\":\"nope\"}", false)), 422, 42201);
    }

    @Test
    void deletingASubjectHidesItButKeepsItsSchemaIdReadable() throws Exception {
        int id = post("/subjects/" + subject + "/versions", body(V1, false))
                .json()
                .get("id")
                .asInt();

        assertThat(request("DELETE", "/subjects/" + subject, null).json().toString())
                .isEqualTo("[1]");

        assertError(get("/subjects/" + subject + "/versions"), 404, 40401);
        assertThat(get("/schemas/ids/" + id).status()).isEqualTo(200);
    }

    @Test
    void rootAndHealthAnswer() throws Exception {
        assertThat(get("/").json().toString()).isEqualTo("{}");
        assertThat(get("/health").json().get("status").asText()).isEqualTo("UP");
    }

    static void assertError(Reply reply, int status, int errorCode) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(reply.json().get("error_code").asInt()).isEqualTo(errorCode);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    static String body(String schema, boolean withTypeAndReferences) {
        var node = JSON.createObjectNode().put("schema", schema);
        if (withTypeAndReferences) {
            node.put("schemaType", "AVRO");
            node.putArray("references");
        }
        return node.toString();
    }

    record Reply(int status, String contentType, JsonNode json) {}

    Reply get(String path) throws IOException, InterruptedException {
        return request("GET", path, null);
    }

    Reply post(String path, String body) throws IOException, InterruptedException {
        return request("POST", path, body);
    }

    Reply request(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(registry + path))
                .header("Accept", "application/vnd.schemaregistry.v1+json, application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/vnd.schemaregistry.v1+json");
        }
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                JSON.readTree(response.body()));
    }
}
