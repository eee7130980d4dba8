package dev.shortlist.query.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.shortlist.query.projection.ResumeDocument;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Candidate search criteria: free text over the profile (skills and titles weigh most), skills the
 * candidate must all have (normalised names, case-insensitive) and a location.
 */
public record CandidateFilter(String text, List<String> skills, String location) {

    public CandidateFilter {
        skills = skills == null ? List.of() : List.copyOf(skills);
        text = text == null || text.isBlank() ? null : text.trim();
        location = location == null || location.isBlank() ? null : location.trim();
    }

    public static CandidateFilter of(String q, List<String> skills, String location) {
        List<String> split = skills == null
                ? List.of()
                : skills.stream()
                        .flatMap(s -> Arrays.stream(s.split(",")))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        return new CandidateFilter(q, split, location);
    }

    /** Relevance order applies when text or location is searched; otherwise newest first. */
    boolean scored() {
        return text != null || location != null;
    }

    Query toQuery(OrganizationId org) {
        List<Query> filters = new ArrayList<>();
        filters.add(OrgScope.organization(org));
        filters.add(Query.of(q -> q.term(t -> t.field("status").value(ResumeDocument.PARSED))));
        for (String skill : skills) {
            filters.add(Query.of(q -> q.term(t -> t.field("skills").value(skill))));
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(filters).mustNot(OrgScope.notErased());
            if (text != null) {
                b.must(m -> m.multiMatch(mm -> mm.query(text)
                        .fields("skills^3", "titles^2", "summary", "certifications", "companies", "text")));
            }
            if (location != null) {
                b.must(m -> m.match(mt -> mt.field("location").query(location)));
            }
            return b;
        }));
    }
}
