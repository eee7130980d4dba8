package dev.shortlist.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.shortlist.query.job.JobQueries;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.projection.ResumeDocument;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import dev.shortlist.query.system.QueryProperties;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Candidate search: full text, skills and location; and semantic "similar to this job" by kNN. */
@Service
public class CandidateQueries {

    static final List<String> HIT_FIELDS = List.of("resumeId", "name", "location", "titles", "skills", "totalYears");

    private final ElasticsearchClient client;
    private final JobQueries jobs;
    private final QueryProperties properties;

    CandidateQueries(ElasticsearchClient client, JobQueries jobs, QueryProperties properties) {
        this.client = client;
        this.jobs = jobs;
        this.properties = properties;
    }

    public Page<CandidateHit> search(OrganizationId org, CandidateFilter filter, int page, int size)
            throws IOException {
        SearchResponse<ResumeDocument> response = client.search(
                s -> {
                    s.index(Projection.RESUMES.alias())
                            .query(filter.toQuery(org))
                            .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                            .trackTotalHits(t -> t.enabled(true))
                            .from(Page.from(page, size))
                            .size(size);
                    if (!filter.scored()) {
                        s.sort(o -> o.field(f -> f.field("parsedAt").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("resumeId")));
                    }
                    return s;
                },
                ResumeDocument.class);
        List<CandidateHit> hits =
                response.hits().hits().stream().map(CandidateQueries::hit).toList();
        return Page.of(
                hits,
                page,
                size,
                response.hits().total() == null
                        ? hits.size()
                        : response.hits().total().value());
    }

    /**
     * Jobs carry no embedding of their own, so a job's semantic profile is the centroid of the
     * embeddings of its best-scored candidates; the nearest resumes of the organization to that
     * centroid are returned (the seeds themselves included, flagged by {@code seedResumeIds}).
     */
    public SimilarCandidates similarTo(OrganizationId org, String jobId, int k) throws IOException {
        jobs.get(org, jobId);
        SearchResponse<ScreeningDocument> top = client.search(
                s -> s.index(Projection.SCREENINGS.alias())
                        .query(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                                .filter(f -> f.term(t -> t.field("jobId").value(jobId)))
                                .filter(f -> f.term(t -> t.field("status").value(ScreeningDocument.SCORED)))
                                .mustNot(OrgScope.notErased())))
                        .sort(o -> o.field(f -> f.field("score").order(SortOrder.Desc)))
                        .source(src -> src.filter(f -> f.includes("resumeId")))
                        .size(properties.centroidSize()),
                ScreeningDocument.class);
        List<String> seeds = top.hits().hits().stream()
                .map(h -> h.source().keys().resumeId())
                .toList();
        List<List<Float>> embeddings = new ArrayList<>();
        if (!seeds.isEmpty()) {
            MgetResponse<ResumeDocument> docs = client.mget(
                    m -> m.index(Projection.RESUMES.alias())
                            .ids(seeds)
                            .sourceIncludes("embedding", "organizationId", "erased"),
                    ResumeDocument.class);
            docs.docs().forEach(d -> {
                if (d.isResult() && d.result().found() && d.result().source() != null) {
                    ResumeDocument r = d.result().source();
                    List<Float> embedding = r.profile().content().embedding();
                    if (OrgScope.owns(org, r.organizationId())
                            && !Boolean.TRUE.equals(r.erasure().erased())
                            && embedding != null) {
                        embeddings.add(embedding);
                    }
                }
            });
        }
        Optional<float[]> centroid = Centroid.of(embeddings);
        if (centroid.isEmpty()) {
            return new SimilarCandidates(jobId, "NONE", seeds, List.of());
        }
        List<Float> vector = new ArrayList<>();
        for (float x : centroid.get()) {
            vector.add(x);
        }
        Query scope = Query.of(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                .filter(f -> f.term(t -> t.field("status").value(ResumeDocument.PARSED)))
                .mustNot(OrgScope.notErased())));
        SearchResponse<ResumeDocument> response = client.search(
                s -> s.index(Projection.RESUMES.alias())
                        .knn(n -> n.field("embedding")
                                .queryVector(vector)
                                .k(k)
                                .numCandidates(Math.max(100, 5 * k))
                                .filter(scope))
                        .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                        .size(k),
                ResumeDocument.class);
        return new SimilarCandidates(
                jobId,
                "TOP_SCORED_CENTROID",
                seeds,
                response.hits().hits().stream().map(CandidateQueries::hit).toList());
    }

    private static CandidateHit hit(Hit<ResumeDocument> hit) {
        ResumeDocument r = hit.source();
        ResumeDocument.Profile p = r.profile();
        return new CandidateHit(
                r.resumeId(),
                p.candidate().name(),
                p.candidate().location(),
                p.background().titles(),
                p.skillFacets().skills(),
                p.content().totalYears(),
                hit.score() == null ? 0 : hit.score());
    }
}
