package dev.shortlist.query.ranking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
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
    static final List<String> RANKING_FIELDS = List.of("resumeId", "screeningId", "score", "band", "matchedSkills",
            "missingSkills", "batchId", "jobRevision", "scorerVersion", "scoredAt");

    private final ElasticsearchClient client;
    private final JobQueries jobs;

    RankingQueries(ElasticsearchClient client, JobQueries jobs) {
        this.client = client;
        this.jobs = jobs;
    }

    /** Scored screenings of the job, best first (ties by resume id, so pages are stable). */
    public Page<RankedCandidate> ranking(OrganizationId org, String jobId, RankingFilter filter, int page, int size)
            throws IOException {
        jobs.get(org, jobId);
        int from = Page.from(page, size);
        SearchResponse<ScreeningDocument> response = client.search(s -> s
                .index(Projection.SCREENINGS.alias())
                .query(filter.toQuery(org, jobId))
                .sort(o -> o.field(f -> f.field("score").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("resumeId").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes(RANKING_FIELDS)))
                .trackTotalHits(t -> t.enabled(true))
                .from(from).size(size), ScreeningDocument.class);
        List<RankedCandidate> items = new ArrayList<>();
        List<Hit<ScreeningDocument>> hits = response.hits().hits();
        for (int i = 0; i < hits.size(); i++) {
            items.add(line(from + i + 1, hits.get(i).source()));
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return Page.of(items, page, size, total);
    }

    static RankedCandidate line(int rank, ScreeningDocument d) {
        return new RankedCandidate(rank, d.resumeId(), d.screeningId(), d.score() == null ? 0 : d.score(), d.band(),
                d.matchedSkills(), d.missingSkills(), d.batchId(), d.jobRevision(), d.scorerVersion(), d.scoredAt());
    }

    public ScreeningExplanation explanation(OrganizationId org, String jobId, String resumeId) throws IOException {
        return ScreeningExplanation.of(screening(org, jobId, resumeId));
    }

    ScreeningDocument screening(OrganizationId org, String jobId, String resumeId) throws IOException {
        String id = jobId + ":" + resumeId;
        GetResponse<ScreeningDocument> response = client.get(g -> g.index(Projection.SCREENINGS.alias()).id(id),
                ScreeningDocument.class);
        ScreeningDocument screening = response.found() ? response.source() : null;
        if (screening == null || !OrgScope.owns(org, screening.organizationId()) || Boolean.TRUE.equals(screening.erased())) {
            throw new NotFoundException("screening", id);
        }
        return screening;
    }

    /** Every scoring of the screening, oldest first: how rescoring with new scorer versions moved it. */
    public List<ScoreHistoryEntry> scoreHistory(OrganizationId org, String jobId, String resumeId) throws IOException {
        screening(org, jobId, resumeId);
        String id = jobId + ":" + resumeId;
        SearchResponse<ScoreHistoryDocument> response = client.search(s -> s
                .index(Projection.SCREENING_HISTORY.alias())
                .query(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                        .filter(f -> f.term(t -> t.field("screeningId").value(id)))
                        .mustNot(OrgScope.notErased())))
                .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("eventId")))
                .size(1000), ScoreHistoryDocument.class);
        return response.hits().hits().stream().map(Hit::source)
                .map(h -> new ScoreHistoryEntry(h.eventId(), h.occurredAt(), h.status(), h.score(), h.band(),
                        h.jobRevision(), h.scorerVersion(), h.taxonomyVersion(), h.failureReason()))
                .toList();
    }
}
