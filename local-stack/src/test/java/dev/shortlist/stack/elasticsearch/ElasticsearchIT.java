package dev.shortlist.stack.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.junit.LocalStackTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the read side needs from Elasticsearch, over plain HTTP. */
@LocalStackTest(Component.ELASTICSEARCH)
class ElasticsearchIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final String url;
    final String index = "candidates-" + UUID.randomUUID();

    ElasticsearchIT(StackEndpoints endpoints) {
        this.url = endpoints.elasticsearchUrl();
    }

    @AfterEach
    void deleteIndex() throws Exception {
        // The test stack's data outlives the run: leave no index behind to slow its next start.
        HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "/" + index)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void indexesWithAnExplicitMappingAndSearchesAndAggregates() throws Exception {
        JsonNode created = send("PUT", "/" + index, """
        {"settings":{"number_of_shards":1,"number_of_replicas":0},
         "mappings":{"dynamic":"strict","properties":{
           "name":{"type":"text"},
           "skills":{"type":"keyword"},
           "score":{"type":"float"}}}}""", 200);
        assertThat(created.get("acknowledged").asBoolean()).isTrue();

        JsonNode bulk = send("POST", "/" + index + "/_bulk?refresh=wait_for", """
        {"index":{"_id":"1"}}
        {"name":"Ada Lovelace","skills":["java","kafka"],"score":0.9}
        {"index":{"_id":"2"}}
        {"name":"Grace Hopper","skills":["cobol","java"],"score":0.7}
        {"index":{"_id":"3"}}
        {"name":"Alan Turing","skills":["python"],"score":0.8}
        """, 200);
        assertThat(bulk.get("errors").asBoolean()).isFalse();

        JsonNode search = send("POST", "/" + index + "/_search", """
        {"query":{"term":{"skills":"java"}},
         "sort":[{"score":"desc"}],
         "aggs":{"skills":{"terms":{"field":"skills"}}}}""", 200);
        assertThat(search.at("/hits/total/value").asInt()).isEqualTo(2);
        assertThat(search.at("/hits/hits/0/_source/name").asText()).isEqualTo("Ada Lovelace");
        Map<String, Integer> buckets = new HashMap<>();
        search.at("/aggregations/skills/buckets")
                .forEach(b ->
                        buckets.put(b.get("key").asText(), b.get("doc_count").asInt()));
        assertThat(buckets).containsExactlyInAnyOrderEntriesOf(Map.of("java", 2, "kafka", 1, "cobol", 1));

        // The strict mapping rejects a field nobody declared.
        send("POST", "/" + index + "/_doc", "{\"nickname\":\"x\"}", 400);
    }

    @Test
    void clusterHealthIsTheHealthCheckBecauseTheRootRouteIsMissing() throws Exception {
        assertThat(send("GET", "/_cluster/health", null, 200).get("status").asText())
                .isIn("green", "yellow");
    }

    JsonNode send(String method, String path, String body, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
