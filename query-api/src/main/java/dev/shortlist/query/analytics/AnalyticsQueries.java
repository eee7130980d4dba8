package dev.shortlist.query.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.shortlist.query.job.JobQueries;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Aggregations over the screening and batch projections of a job or an organization. */
@Service
public class AnalyticsQueries {

    static final List<String> BAND_ORDER = List.of("STRONG", "GOOD", "PARTIAL", "WEAK");

    private final ElasticsearchClient client;
    private final JobQueries jobs;

    AnalyticsQueries(ElasticsearchClient client, JobQueries jobs) {
        this.client = client;
        this.jobs = jobs;
    }

    public Analytics forJob(OrganizationId org, String jobId) throws IOException {
        jobs.get(org, jobId);
        Query jobFilter = Query.of(q -> q.term(t -> t.field("jobId").value(jobId)));
        return analytics(org, jobFilter, false);
    }

    public Analytics forOrganization(OrganizationId org) throws IOException {
        return analytics(org, null, true);
    }

    private Analytics analytics(OrganizationId org, Query extra, boolean withJobs) throws IOException {
        Query screenings = scope(org, extra, true);
        SearchResponse<Void> s = client.search(
                r -> r.index(Projection.SCREENINGS.alias())
                        .size(0)
                        .query(screenings)
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations(
                                "status", a -> a.terms(t -> t.field("status").size(5)))
                        .aggregations(
                                "scored",
                                a -> a.filter(f -> f.term(t -> t.field("status").value(ScreeningDocument.SCORED)))
                                        .aggregations("avg", x -> x.avg(v -> v.field("score")))
                                        .aggregations(
                                                "percentiles",
                                                x -> x.percentiles(p -> p.field("score")
                                                        .percents(50.0, 90.0)
                                                        .keyed(false)))
                                        .aggregations(
                                                "histogram",
                                                x -> x.histogram(h -> h.field("score")
                                                        .interval(10.0)
                                                        .minDocCount(0)
                                                        .extendedBounds(
                                                                e -> e.min(0.0).max(90.0))))
                                        .aggregations(
                                                "bands",
                                                x -> x.terms(
                                                        t -> t.field("band").size(10)))
                                        .aggregations(
                                                "missing",
                                                x -> x.terms(t ->
                                                        t.field("missingSkills").size(10)))
                                        .aggregations(
                                                "matched",
                                                x -> x.terms(t ->
                                                        t.field("matchedSkills").size(10)))
                                        .aggregations(
                                                "perDay",
                                                x -> x.dateHistogram(d -> d.field("scoredAt")
                                                        .calendarInterval(CalendarInterval.Day)
                                                        .minDocCount(1)
                                                        .format("yyyy-MM-dd")))),
                Void.class);
        Map<String, Long> status = terms(s.aggregations().get("status"));
        Aggregate scored = s.aggregations().get("scored");
        Map<String, Aggregate> sub = scored.filter().aggregations();
        Double average = sub.get("avg").avg().value();
        Map<String, Double> percentiles = new LinkedHashMap<>();
        sub.get("percentiles")
                .tdigestPercentiles()
                .values()
                .array()
                .forEach(p -> percentiles.put("p" + Math.round(p.key()), p.value()));
        List<Analytics.Bucket> histogram = sub.get("histogram").histogram().buckets().array().stream()
                .map(b -> new Analytics.Bucket(b.key(), Math.min(b.key() + 10, 100), b.docCount()))
                .toList();
        Map<String, Long> bands = terms(sub.get("bands"));
        BatchAnalytics batches = batches(org, extra);
        Map<String, Long> jobsByStatus = withJobs ? jobsByStatus(org) : null;
        long scoredCount = scored.filter().docCount();
        return new Analytics(
                scoredCount + status.getOrDefault(ScreeningDocument.FAILED, 0L),
                status.getOrDefault(ScreeningDocument.FAILED, 0L),
                scoredCount == 0 ? null : average,
                scoredCount == 0 ? Map.of() : percentiles,
                histogram,
                funnel(bands),
                bands,
                counts(sub.get("missing")),
                counts(sub.get("matched")),
                sub.get("perDay").dateHistogram().buckets().array().stream()
                        .map(b -> new Analytics.Count(b.keyAsString(), b.docCount()))
                        .toList(),
                batches.throughput(),
                jobsByStatus);
    }

    /** Cumulative counts from the best band down: how many candidates are at least GOOD, ... */
    static List<Analytics.Count> funnel(Map<String, Long> bands) {
        List<Analytics.Count> funnel = new ArrayList<>();
        long cumulative = 0;
        for (String band : BAND_ORDER) {
            cumulative += bands.getOrDefault(band, 0L);
            funnel.add(new Analytics.Count(band, cumulative));
        }
        return funnel;
    }

    private record BatchAnalytics(Analytics.BatchThroughput throughput) {}

    private BatchAnalytics batches(OrganizationId org, Query extra) throws IOException {
        SearchResponse<Void> b = client.search(
                r -> r.index(Projection.BATCHES.alias())
                        .size(0)
                        .query(scope(org, extra, false))
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations(
                                "finished", a -> a.terms(t -> t.field("status").size(10)))
                        .aggregations("processed", a -> a.sum(v -> v.field("processed")))
                        .aggregations("avgRate", a -> a.avg(v -> v.field("resumesPerSecond")))
                        .aggregations("maxRate", a -> a.max(v -> v.field("resumesPerSecond")))
                        .aggregations(
                                "perDay",
                                a -> a.dateHistogram(d -> d.field("completedAt")
                                                .calendarInterval(CalendarInterval.Day)
                                                .minDocCount(1)
                                                .format("yyyy-MM-dd"))
                                        .aggregations("processed", x -> x.sum(v -> v.field("processed")))),
                Void.class);
        Map<String, Long> status = terms(b.aggregations().get("finished"));
        long finished = status.getOrDefault("COMPLETED", 0L) + status.getOrDefault("COMPLETED_WITH_FAILURES", 0L);
        long total = b.hits().total() == null ? 0 : b.hits().total().value();
        Double avg = b.aggregations().get("avgRate").avg().value();
        Double max = b.aggregations().get("maxRate").max().value();
        return new BatchAnalytics(new Analytics.BatchThroughput(
                total,
                finished,
                sum(b.aggregations().get("processed")),
                finite(avg),
                finite(max),
                b.aggregations().get("perDay").dateHistogram().buckets().array().stream()
                        .map(d -> new Analytics.Count(
                                d.keyAsString(), sum(d.aggregations().get("processed"))))
                        .toList()));
    }

    private Map<String, Long> jobsByStatus(OrganizationId org) throws IOException {
        SearchResponse<Void> j = client.search(
                r -> r.index(Projection.JOBS.alias())
                        .size(0)
                        .query(scope(org, null, false))
                        .aggregations(
                                "status", a -> a.terms(t -> t.field("status").size(10))),
                Void.class);
        return terms(j.aggregations().get("status"));
    }

    private static Query scope(OrganizationId org, Query extra, boolean hideErased) {
        return Query.of(q -> q.bool(b -> {
            b.filter(OrgScope.organization(org));
            if (extra != null) {
                b.filter(extra);
            }
            if (hideErased) {
                b.mustNot(OrgScope.notErased());
            }
            return b;
        }));
    }

    private static long sum(Aggregate aggregate) {
        Double value = aggregate.sum().value();
        return value == null || value.isNaN() ? 0 : value.longValue();
    }

    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }

    private static Map<String, Long> terms(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }

    private static List<Analytics.Count> counts(Aggregate aggregate) {
        return terms(aggregate).entrySet().stream()
                .map(e -> new Analytics.Count(e.getKey(), e.getValue()))
                .toList();
    }
}
