package dev.shortlist.query.ranking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import dev.shortlist.query.job.JobQueries;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.projection.ScoreHistoryDocument;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.query.system.NotFoundException;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Rankings, shortlists, explanations and score history of a job's screenings. */
@Service
public class RankingQueries {

    /** Only what a ranking line shows is fetched: explanations stay on the server until asked for. */
    static final List<String> RANKING_FIELDS = List.of(
            "resumeId",
            "screeningId",
            "score",
            "band",
            "matchedSkills",
            "missingSkills",
            "batchId",
            "jobRevision",
            "scorerVersion",
            "scoredAt");

    private final ElasticsearchClient client;
    private final JobQueries jobs;

    RankingQueries(ElasticsearchClient client, JobQueries jobs) {
        this.client = client;
        this.jobs = jobs;
    }

    /**
     * Scored screenings of the job, best first (ties by resume id, so pages are stable).
     *
     * <p>One {@code _msearch} round trip with two searches that Elasticsearch runs side by side: the
     * page, which does not count its matches, so that the index sort on (score desc, resumeId asc)
     * lets it stop after {@code from + size} documents, and the exact total as a {@code size: 0}
     * count, which the shard request cache answers until the next refresh that changes the index.
     * The job itself is looked up only when nothing matched: any hit already proves that the
     * caller's organization has screenings of this job, and an empty answer must tell an unknown
     * (or another organization's) job, a 404, from a job without results yet.
     */
    public Page<RankedCandidate> ranking(OrganizationId org, String jobId, RankingFilter filter, int page, int size)
            throws IOException {
        int from = Page.from(page, size);
        Query query = filter.toQuery(org, jobId);
        MsearchResponse<ScreeningDocument> response = client.msearch(
                m -> m.index(Projection.SCREENINGS.alias())
                        .searches(s -> s.header(h -> h)
                                .body(b -> b.query(query)
                                        .sort(o -> o.field(f -> f.field("score").order(SortOrder.Desc)))
                                        .sort(o ->
                                                o.field(f -> f.field("resumeId").order(SortOrder.Asc)))
                                        .source(src -> src.filter(f -> f.includes(RANKING_FIELDS)))
                                        .trackTotalHits(t -> t.enabled(false))
                                        .from(from)
                                        .size(size)))
                        .searches(s -> s.header(h -> h.requestCache(true))
                                .body(b -> b.query(query)
                                        .trackTotalHits(t -> t.enabled(true))
                                        .size(0))),
                ScreeningDocument.class);
        List<Hit<ScreeningDocument>> hits = result(response, 0).hits().hits();
        TotalHits totalHits = result(response, 1).hits().total();
        long total = totalHits == null ? from + hits.size() : totalHits.value();
        if (total == 0) {
            jobs.get(org, jobId);
        }
        List<RankedCandidate> items = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            items.add(line(from + i + 1, hits.get(i).source()));
        }
        return Page.of(items, page, size, total);
    }

    private static MultiSearchItem<ScreeningDocument> result(MsearchResponse<ScreeningDocument> response, int index) {
        MultiSearchResponseItem<ScreeningDocument> item = response.responses().get(index);
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", item.failure());
        }
        return item.result();
    }

    static RankedCandidate line(int rank, ScreeningDocument d) {
        Double score = d.result().score();
        return new RankedCandidate(
                rank,
                d.keys().resumeId(),
                d.screeningId(),
                score == null ? 0 : score,
                d.result().band(),
                d.explanation().matchedSkills(),
                d.explanation().missingSkills(),
                d.keys().batchId(),
                d.versions().jobRevision(),
                d.versions().scorerVersion(),
                d.written().scoredAt());
    }

    public ScreeningExplanation explanation(OrganizationId org, String jobId, String resumeId) throws IOException {
        return ScreeningExplanation.of(screening(org, jobId, resumeId));
    }

    ScreeningDocument screening(OrganizationId org, String jobId, String resumeId) throws IOException {
        String id = jobId + ":" + resumeId;
        GetResponse<ScreeningDocument> response =
                client.get(g -> g.index(Projection.SCREENINGS.alias()).id(id), ScreeningDocument.class);
        ScreeningDocument screening = response.found() ? response.source() : null;
        if (screening == null
                || !OrgScope.owns(org, screening.keys().organizationId())
                || Boolean.TRUE.equals(screening.written().erased())) {
            throw new NotFoundException("screening", id);
        }
        return screening;
    }

    /** Every scoring of the screening, oldest first: how rescoring with new scorer versions moved it. */
    public List<ScoreHistoryEntry> scoreHistory(OrganizationId org, String jobId, String resumeId) throws IOException {
        screening(org, jobId, resumeId);
        String id = jobId + ":" + resumeId;
        SearchResponse<ScoreHistoryDocument> response = client.search(
                s -> s.index(Projection.SCREENING_HISTORY.alias())
                        .query(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                                .filter(f -> f.term(t -> t.field("screeningId").value(id)))
                                .mustNot(OrgScope.notErased())))
                        .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("eventId")))
                        .size(1000),
                ScoreHistoryDocument.class);
        return response.hits().hits().stream()
                .map(Hit::source)
                .map(h -> new ScoreHistoryEntry(
                        h.eventId(),
                        h.occurredAt(),
                        h.status(),
                        h.outcome().score(),
                        h.outcome().band(),
                        h.outcome().jobRevision(),
                        h.outcome().scorerVersion(),
                        h.outcome().taxonomyVersion(),
                        h.outcome().failureReason()))
                .toList();
    }
}
