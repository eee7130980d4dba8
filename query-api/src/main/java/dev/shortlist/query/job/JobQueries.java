package dev.shortlist.query.job;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.shortlist.query.projection.JobDocument;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.system.NotFoundException;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Jobs of an organization: get one, list and search them. Also the existence check other features use. */
@Service
public class JobQueries {

    private final ElasticsearchClient client;

    JobQueries(ElasticsearchClient client) {
        this.client = client;
    }

    /** The job, or 404 when it does not exist for this organization. */
    public JobDocument get(OrganizationId org, String jobId) throws IOException {
        return find(org, jobId).orElseThrow(() -> new NotFoundException("job", jobId));
    }

    public Optional<JobDocument> find(OrganizationId org, String jobId) throws IOException {
        GetResponse<JobDocument> response =
                client.get(g -> g.index(Projection.JOBS.alias()).id(jobId), JobDocument.class);
        JobDocument job = response.found() ? response.source() : null;
        return job != null && OrgScope.owns(org, job.organizationId()) ? Optional.of(job) : Optional.empty();
    }

    public Page<JobDocument> search(OrganizationId org, String text, String status, int page, int size)
            throws IOException {
        Query query = searchQuery(org, text, status);
        SearchResponse<JobDocument> response = client.search(
                s -> {
                    s.index(Projection.JOBS.alias())
                            .query(query)
                            .from(Page.from(page, size))
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true));
                    if (text == null || text.isBlank()) {
                        s.sort(o -> o.field(f -> f.field("postedAt").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("jobId")));
                    }
                    return s;
                },
                JobDocument.class);
        List<JobDocument> jobs =
                response.hits().hits().stream().map(Hit::source).toList();
        return Page.of(
                jobs,
                page,
                size,
                response.hits().total() == null
                        ? jobs.size()
                        : response.hits().total().value());
    }

    /** Jobs of the organization, optionally by status and matching text (title weighs most). */
    static Query searchQuery(OrganizationId org, String text, String status) {
        List<Query> filters = new ArrayList<>(List.of(OrgScope.organization(org)));
        if (status != null && !status.isBlank()) {
            filters.add(Query.of(
                    q -> q.term(t -> t.field("status").value(status.trim().toUpperCase()))));
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (text != null && !text.isBlank()) {
                b.must(m -> m.multiMatch(mm -> mm.query(text)
                        .fields("title^3", "requiredSkills^2", "preferredSkills", "description", "location")));
            }
            return b;
        }));
    }
}
