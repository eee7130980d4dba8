package dev.shortlist.query.resume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.shortlist.query.projection.HistoryEntry;
import dev.shortlist.query.projection.JobDocument;
import dev.shortlist.query.projection.Projection;
import dev.shortlist.query.projection.ResumeDocument;
import dev.shortlist.query.projection.ScreeningDocument;
import dev.shortlist.query.system.NotFoundException;
import dev.shortlist.query.system.OrgScope;
import dev.shortlist.query.system.OrganizationId;
import dev.shortlist.query.system.Page;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A resume's profile, audit timeline and scores across jobs. */
@Service
public class ResumeQueries {

    private final ElasticsearchClient client;

    ResumeQueries(ElasticsearchClient client) {
        this.client = client;
    }

    public ResumeProfile profile(OrganizationId org, String resumeId) throws IOException {
        ResumeDocument resume = resume(org, resumeId, false);
        SearchResponse<HistoryEntry> upload = client.search(
                s -> s.index(Projection.HISTORY.alias())
                        .query(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                                .filter(f -> f.term(t -> t.field("resumeId").value(resumeId)))
                                .filter(f -> f.term(t -> t.field("eventType").value("ResumeUploaded")))))
                        .size(1),
                HistoryEntry.class);
        Map<String, Object> file = upload.hits().hits().isEmpty()
                ? null
                : upload.hits().hits().get(0).source().description().details();
        return ResumeProfile.of(resume, file);
    }

    /** The resume document of the organization; erased resumes are answered as missing unless asked for. */
    ResumeDocument resume(OrganizationId org, String resumeId, boolean includeErased) throws IOException {
        GetResponse<ResumeDocument> response = client.get(
                g -> g.index(Projection.RESUMES.alias()).id(resumeId).sourceExcludes("embedding", "text"),
                ResumeDocument.class);
        ResumeDocument resume = response.found() ? response.source() : null;
        if (resume == null
                || !OrgScope.owns(org, resume.organizationId())
                || (!includeErased && Boolean.TRUE.equals(resume.erasure().erased()))) {
            throw new NotFoundException("resume", resumeId);
        }
        return resume;
    }

    /**
     * Everything that happened to the resume, oldest first. After an erasure the entries remain
     * (what happened and when, for the audit) but their content is gone.
     */
    public Page<TimelineEntry> history(OrganizationId org, String resumeId, int page, int size) throws IOException {
        resume(org, resumeId, true);
        SearchResponse<HistoryEntry> response = client.search(
                s -> s.index(Projection.HISTORY.alias())
                        .query(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                                .filter(f -> f.term(t -> t.field("resumeId").value(resumeId)))))
                        .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("eventId")))
                        .trackTotalHits(t -> t.enabled(true))
                        .from(Page.from(page, size))
                        .size(size),
                HistoryEntry.class);
        List<TimelineEntry> entries = response.hits().hits().stream()
                .map(Hit::source)
                .map(h -> new TimelineEntry(
                        h.eventId(),
                        h.eventType(),
                        h.origin().occurredAt(),
                        h.description().summary(),
                        h.subject().jobId(),
                        h.subject().batchId(),
                        h.origin().actor(),
                        h.origin().correlationId(),
                        h.description().details()))
                .toList();
        return Page.of(
                entries,
                page,
                size,
                response.hits().total() == null
                        ? entries.size()
                        : response.hits().total().value());
    }

    /** The resume's screenings across the organization's jobs, best match first. */
    public Page<JobMatch> matches(OrganizationId org, String resumeId, int page, int size) throws IOException {
        resume(org, resumeId, false);
        SearchResponse<ScreeningDocument> response = client.search(
                s -> s.index(Projection.SCREENINGS.alias())
                        .query(q -> q.bool(b -> b.filter(OrgScope.organization(org))
                                .filter(f -> f.term(t -> t.field("resumeId").value(resumeId)))
                                .mustNot(OrgScope.notErased())))
                        .sort(o -> o.field(
                                f -> f.field("score").order(SortOrder.Desc).missing("_last")))
                        .sort(o -> o.field(f -> f.field("jobId")))
                        .source(src ->
                                src.filter(f -> f.excludes("matched", "missing", "text", "subScores", "suggestions")))
                        .trackTotalHits(t -> t.enabled(true))
                        .from(Page.from(page, size))
                        .size(size),
                ScreeningDocument.class);
        List<ScreeningDocument> screenings =
                response.hits().hits().stream().map(Hit::source).toList();
        Map<String, JobDocument> jobs =
                jobs(screenings.stream().map(s -> s.keys().jobId()).distinct().toList());
        List<JobMatch> matches = screenings.stream()
                .map(s -> {
                    JobDocument job = jobs.get(s.keys().jobId());
                    return new JobMatch(
                            s.keys().jobId(),
                            job == null ? null : job.definition().title(),
                            job == null ? null : job.status(),
                            s.status(),
                            s.result().score(),
                            s.result().band(),
                            s.explanation().matchedSkills(),
                            s.explanation().missingSkills(),
                            s.versions().scorerVersion(),
                            s.written().scoredAt());
                })
                .toList();
        return Page.of(
                matches,
                page,
                size,
                response.hits().total() == null
                        ? matches.size()
                        : response.hits().total().value());
    }

    private Map<String, JobDocument> jobs(List<String> jobIds) throws IOException {
        Map<String, JobDocument> jobs = new HashMap<>();
        if (jobIds.isEmpty()) {
            return jobs;
        }
        MgetResponse<JobDocument> response = client.mget(
                m -> m.index(Projection.JOBS.alias())
                        .ids(jobIds)
                        .sourceIncludes("jobId", "title", "status", "organizationId"),
                JobDocument.class);
        response.docs().forEach(d -> {
            if (d.isResult() && d.result().found() && d.result().source() != null) {
                jobs.put(d.result().id(), d.result().source());
            }
        });
        return jobs;
    }
}
