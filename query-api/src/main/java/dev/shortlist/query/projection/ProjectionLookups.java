package dev.shortlist.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the projector needs while projecting: a job's current state, an erased resume's documents. */
public final class ProjectionLookups {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final Function<Projection, String> target;

    public ProjectionLookups(ElasticsearchClient client, Function<Projection, String> target) {
        this.client = client;
        this.target = target;
    }

    public Optional<JobDocument> job(String jobId) {
        try {
            GetResponse<JobDocument> response =
                    client.get(g -> g.index(target.apply(Projection.JOBS)).id(jobId), JobDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a projection that refers to the resume (field {@code resumeId}), paged by its id field. */
    public <T> List<T> byResume(Projection projection, String idField, String resumeId, Class<T> type)
            throws IOException {
        // Erasures are rare: make every earlier write searchable first (a rebuild writes without waiting for
        // refreshes).
        client.indices().refresh(r -> r.index(target.apply(projection)));
        List<T> found = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<T> response = client.search(
                    s -> {
                        s.index(target.apply(projection))
                                .size(PAGE)
                                .query(q -> q.term(t -> t.field("resumeId").value(resumeId)))
                                .sort(o -> o.field(f -> f.field(idField)));
                        if (searchAfter != null) {
                            s.searchAfter(searchAfter);
                        }
                        return s;
                    },
                    type);
            List<Hit<T>> hits = response.hits().hits();
            hits.stream().map(Hit::source).forEach(found::add);
            if (hits.size() < PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
