package dev.shortlist.query.ranking;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.query.system.InvalidRequestException;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of a job's ranking: minimum score, bands, must-have skills (all of them matched) and text
 * in what the candidate was matched on. Builds the Elasticsearch query; scoring order is applied by
 * the caller's sort, so every filter is a non-scoring clause (cacheable) except the text.
 */
public record RankingFilter(Double minScore, List<String> bands, List<String> skills, String text) {

    static final Set<String> BANDS = Set.of("STRONG", "GOOD", "PARTIAL", "WEAK");

    public RankingFilter {
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new InvalidRequestException("minScore", "minScore must be between 0 and 100");
        }
        bands = bands == null ? List.of() : List.copyOf(bands);
        skills = skills == null ? List.of() : List.copyOf(skills);
        for (String band : bands) {
            if (!BANDS.contains(band)) {
                throw new InvalidRequestException("band", "Unknown band '" + band + "'; expected one of " + BANDS);
            }
        }
    }

    /** From request parameters: bands and skills as comma-separated or repeated values. */
    public static RankingFilter of(Double minScore, List<String> band, List<String> skills, String q) {
        return new RankingFilter(
                minScore,
                split(band).stream().map(b -> b.toUpperCase(Locale.ROOT)).toList(),
                split(skills),
                q == null || q.isBlank() ? null : q.trim());
    }

    public static RankingFilter none() {
        return new RankingFilter(null, List.of(), List.of(), null);
    }

    /** Scored screenings of the job in the organization that pass every filter. */
    public Query toQuery(OrganizationId org, String jobId) {
        List<Query> filters = new ArrayList<>();
        filters.add(OrgScope.organization(org));
        filters.add(Query.of(q -> q.term(t -> t.field("jobId").value(jobId))));
        filters.add(Query.of(q -> q.term(t -> t.field("status").value(ScreeningDocument.SCORED))));
        if (minScore != null) {
            filters.add(Query.of(
                    q -> q.range(r -> r.number(n -> n.field("score").gte(minScore)))));
        }
        if (!bands.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field("band")
                    .terms(v -> v.value(bands.stream().map(FieldValue::of).toList())))));
        }
        for (String skill : skills) {
            // matchedSkills uses a lowercase normalizer: "kubernetes" finds "Kubernetes".
            filters.add(Query.of(q -> q.term(t -> t.field("matchedSkills").value(skill))));
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(filters).mustNot(OrgScope.notErased());
            if (text != null) {
                b.must(m -> m.match(mt -> mt.field("text").query(text)));
            }
            return b;
        }));
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
