package dev.shortlist.stack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP details of the registry that need no broker: routing, decoding, error bodies. */
class SchemaRegistryServerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SCHEMA = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}";

    SchemaRegistryServer server;

    @BeforeEach
    void start() throws Exception {
        server = SchemaRegistryServer.start(new SchemaRegistry(SchemaLog.inMemory()), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void subjectNamesArePercentDecodedButPlusSignsStay() throws Exception {
        HttpResponse<String> registered = send("POST", "/subjects/team%2Fa+b%20c/versions", body(SCHEMA));

        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(send("GET", "/subjects", null).body()).get(0).asText())
                .isEqualTo("team/a+b c");
    }

    @Test
    void theRawSchemaRoutesAnswerTheSchemaItself() throws Exception {
        int id = JSON.readTree(
                        send("POST", "/subjects/s/versions", body(SCHEMA)).body())
                .get("id")
                .asInt();

        assertThat(JSON.readTree(
                        send("GET", "/schemas/ids/" + id + "/schema", null).body()))
                .isEqualTo(JSON.readTree(SCHEMA));
        assertThat(JSON.readTree(
                        send("GET", "/subjects/s/versions/-1/schema", null).body()))
                .isEqualTo(JSON.readTree(SCHEMA));
        assertThat(send("GET", "/schemas/ids/" + id + "/versions", null).body())
                .isEqualTo("[{\"subject\":\"s\",\"version\":1}]");
        assertThat(JSON.readTree(send("GET", "/schemas/ids/" + id + "?fetchMaxId=true", null)
                                .body())
                        .get("maxId")
                        .asInt())
                .isEqualTo(id);
        assertThat(JSON.readTree(send("GET", "/schemas/ids/" + id + "?fetchMaxId=false", null)
                                .body())
                        .has("maxId"))
                .isFalse();
    }

    @Test
    void malformedBodiesAndWrongMethodsGetConfluentErrorBodies() throws Exception {
        assertError(send("POST", "/subjects/s/versions", "{not json"), 400, 400);
        assertError(
                send("POST", "/subjects/s/versions", "{\"schema\":\"\\\"int\\\"\",\"schemaType\":\"PROTOBUF\"}"),
                422,
                42201);
        assertError(send("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
        assertError(send("PATCH", "/subjects", "{}"), 404, 404);
        assertError(send("GET", "/schemas/ids/abc", null), 404, 40403);
    }

    @Test
    void aSubjectLevelCanBeSetAndRemoved() throws Exception {
        send("PUT", "/config/s", "{\"compatibility\":\"full_transitive\"}");
        assertThat(JSON.readTree(send("GET", "/config/s", null).body())
                        .get("compatibilityLevel")
                        .asText())
                .isEqualTo("FULL_TRANSITIVE");

        assertThat(send("DELETE", "/config/s", null).statusCode()).isEqualTo(200);

        assertError(send("GET", "/config/s", null), 404, 40408);
        assertThat(JSON.readTree(send("GET", "/config/s?defaultToGlobal=true", null)
                                .body())
                        .get("compatibilityLevel")
                        .asText())
                .isEqualTo("BACKWARD");
    }

    static void assertError(HttpResponse<String> response, int status, int code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains(SchemaRegistryServer.CONTENT_TYPE);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error_code").asInt()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    static String body(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/octet-stream")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
