package dev.shortlist.stack.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.junit.LocalStackTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Boot's Elasticsearch client (9.x) against the stack's 8.19 server. The 9.x client announces
 * {@code compatible-with=9}, which an 8.19 server rejects; saying {@code compatible-with=8} in
 * the Accept and Content-Type headers of the transport options is all it takes. In a Boot 4
 * application the same {@link Rest5ClientOptions} is one bean that Boot's configuration picks up.
 */
@LocalStackTest(Component.ELASTICSEARCH)
class ElasticsearchClientIT {

    static final String COMPATIBLE_WITH_8 = "application/vnd.elasticsearch+json; compatible-with=8";

    record Candidate(String name, List<String> skills) {}

    static Rest5ClientOptions compatibleWith8() {
        return (Rest5ClientOptions) new Rest5ClientOptions(RequestOptions.DEFAULT, false)
                .toBuilder()
                        .setHeader("Accept", COMPATIBLE_WITH_8)
                        .setHeader("Content-Type", COMPATIBLE_WITH_8)
                        .build();
    }

    @Test
    void theNineClientWorksOnceItAsksForVersionEightCompatibility(StackEndpoints endpoints) throws Exception {
        String index = "client-" + UUID.randomUUID();
        try (Rest5Client rest = Rest5Client.builder(URI.create(endpoints.elasticsearchUrl()))
                        .build();
                Rest5ClientTransport transport =
                        new Rest5ClientTransport(rest, new JacksonJsonpMapper(), compatibleWith8())) {
            ElasticsearchClient client = new ElasticsearchClient(transport);

            // info() and ping() call GET /, which this distribution does not serve: cluster health is the check.
            assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);

            client.indices()
                    .create(c -> c.index(index)
                            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                            .mappings(m -> m.properties("name", p -> p.text(t -> t))
                                    .properties("skills", p -> p.keyword(k -> k))));
            BulkResponse bulk = client.bulk(b -> b.index(index)
                    .refresh(Refresh.WaitFor)
                    .operations(o -> o.index(i -> i.id("1").document(new Candidate("Ada", List.of("java", "kafka")))))
                    .operations(o -> o.index(i -> i.id("2").document(new Candidate("Grace", List.of("java"))))));
            assertThat(bulk.errors()).isFalse();

            SearchResponse<Candidate> search = client.search(
                    s -> s.index(index).query(q -> q.match(m -> m.field("name").query("ada"))), Candidate.class);
            assertThat(search.hits().hits()).extracting(h -> h.source().name()).containsExactly("Ada");

            SearchResponse<Void> skills = client.search(
                    s -> s.index(index).size(0).aggregations("skills", a -> a.terms(t -> t.field("skills"))),
                    Void.class);
            Map<String, Long> buckets = skills.aggregations().get("skills").sterms().buckets().array().stream()
                    .collect(Collectors.toMap(b -> b.key().stringValue(), StringTermsBucket::docCount));
            assertThat(buckets).isEqualTo(Map.of("java", 2L, "kafka", 1L));
            client.indices().delete(d -> d.index(index));
        }
    }
}
