package dev.shortlist.query.batch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.shortlist.query.projection.BatchDocument;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.system.NotFoundException;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A batch's status as projected from the batch aggregate's changelog. */
@Service
public class BatchQueries {

    private final ElasticsearchClient client;

    BatchQueries(ElasticsearchClient client) {
        this.client = client;
    }

    public BatchDocument get(OrganizationId org, String batchId) throws IOException {
        return find(org, batchId).orElseThrow(() -> new NotFoundException("batch", batchId));
    }

    public Optional<BatchDocument> find(OrganizationId org, String batchId) throws IOException {
        GetResponse<BatchDocument> response =
                client.get(g -> g.index(Projection.BATCHES.alias()).id(batchId), BatchDocument.class);
        BatchDocument batch = response.found() ? response.source() : null;
        return batch != null && OrgScope.owns(org, batch.organizationId()) ? Optional.of(batch) : Optional.empty();
    }
}
