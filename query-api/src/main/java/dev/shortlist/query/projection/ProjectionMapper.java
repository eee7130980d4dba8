package dev.shortlist.query.projection;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.job.ScoringWeights;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.resume.SkillMention;
import dev.shortlist.schemas.screening.MatchedRequirement;
import dev.shortlist.schemas.screening.RequirementKind;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/**
 * Turns one event into the document writes of the projections it touches: the entity's own
 * projection (versioned by the event's position) and always one audit-timeline entry.
 *
 * <p>Each projection document is built from one topic only, so its external version (the position
 * in that topic) is comparable across its writes. The two exceptions are creation-only: an upload
 * creates a {@code PENDING} resume document and a {@code BatchCreated} a {@code PENDING} batch with
 * version 0, which the first parse outcome or progress record (version ≥ 1) replaces. The upload's
 * and the batch's own details stay readable in the history entry.
 */
public final class ProjectionMapper {

    /** Current projected state of a job, needed by events that carry no definition ({@code JobClosed}). */
    @FunctionalInterface
    public interface JobLookup {
        Optional<JobDocument> current(String jobId);
    }

    public List<IndexOp> map(EventPosition position, SpecificRecord event, JobLookup jobs) {
        if (event instanceof JobEvent job) {
            return withHistory(position, job.getMetadata(), job(position, job, jobs), history(job));
        } else if (event instanceof ResumeUploaded upload) {
            return withHistory(position, upload.getMetadata(), upload(upload), history(upload));
        } else if (event instanceof ResumeParseEvent parse) {
            return withHistory(position, parse.getMetadata(), parse(position, parse), history(parse));
        } else if (event instanceof ScreeningRequested requested) {
            return withHistory(position, requested.getMetadata(), List.of(), history(requested));
        } else if (event instanceof ScreeningResultEvent result) {
            return withHistory(position, result.getMetadata(), screening(position, result), history(result));
        } else if (event instanceof BatchCreated created) {
            return withHistory(position, created.getMetadata(), batchCreated(created), history(created));
        } else if (event instanceof BatchProgress progress) {
            return withHistory(position, progress.getMetadata(), batchProgress(position, progress), history(progress));
        } else if (event instanceof CandidateErased erased) {
            return withHistory(position, erased.getMetadata(), List.of(erasedResume(erased)), history(erased));
        }
        throw new UnsupportedEventException(event.getSchema().getFullName());
    }

    // ---- jobs ----

    private static List<IndexOp> job(EventPosition position, JobEvent event, JobLookup jobs) {
        EventMetadata meta = event.getMetadata();
        String jobId = event.getJobId();
        JobDocument document;
        Object payload = event.getPayload();
        if (payload instanceof JobPosted posted) {
            document = jobFromDefinition(event, posted.getDefinition(), meta.getOccurredAt(), null);
        } else if (payload instanceof JobUpdated updated) {
                JobDocument previous = jobs.current(jobId).orElse(null);
                document = jobFromDefinition(event, updated.getDefinition(),
                        previous == null ? meta.getOccurredAt() : previous.postedAt(), meta.getOccurredAt());
        } else if (payload instanceof JobClosed closed) {
                JobDocument previous = jobs.current(jobId).orElse(null);
                document = new JobDocument(jobId, meta.getOrganizationId(), event.getRevision(), JobDocument.CLOSED,
                        previous == null ? null : previous.title(), previous == null ? null : previous.description(),
                        previous == null ? List.of() : previous.requiredSkills(),
                        previous == null ? List.of() : previous.preferredSkills(),
                        previous == null ? null : previous.minimumYears(),
                        previous == null ? null : previous.educationLevel(),
                        previous == null ? null : previous.location(), previous == null ? null : previous.remote(),
                        previous == null ? List.of() : previous.languages(),
                        previous == null ? null : previous.weights(), previous == null ? null : previous.postedAt(),
                        previous == null ? null : previous.updatedAt(), meta.getOccurredAt(), closed.getReason(),
                        meta.getEventId());
        } else {
            throw new UnsupportedEventException("JobEvent payload " + event.getPayload().getClass());
        }
        return List.of(new IndexOp(Projection.JOBS, jobId, position.version(), document));
    }

    private static JobDocument jobFromDefinition(JobEvent event, JobDefinition definition, java.time.Instant postedAt,
                                                 java.time.Instant updatedAt) {
        EventMetadata meta = event.getMetadata();
        return new JobDocument(event.getJobId(), meta.getOrganizationId(), event.getRevision(), JobDocument.OPEN,
                definition.getTitle(), definition.getDescription(), List.copyOf(definition.getRequiredSkills()),
                List.copyOf(definition.getPreferredSkills()), definition.getMinimumYears(),
                definition.getEducationLevel().name(), definition.getLocation(), definition.getRemote().name(),
                List.copyOf(definition.getLanguages()), weights(definition.getWeights()), postedAt, updatedAt, null,
                null, meta.getEventId());
    }

    private static Map<String, Double> weights(ScoringWeights weights) {
        if (weights == null) {
            return null;
        }
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("requiredSkills", weights.getRequiredSkills());
        map.put("preferredSkills", weights.getPreferredSkills());
        map.put("experience", weights.getExperience());
        map.put("education", weights.getEducation());
        map.put("title", weights.getTitle());
        map.put("languages", weights.getLanguages());
        map.put("semantic", weights.getSemantic());
        return map;
    }

    // ---- resumes ----

    private static List<IndexOp> upload(ResumeUploaded upload) {
        ResumeDocument pending = new ResumeDocument(upload.getResumeId(), upload.getMetadata().getOrganizationId(),
                upload.getBatchId(), "PENDING", null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                null, null, null, null, null, null, null, null, false, null, upload.getMetadata().getEventId());
        return List.of(new IndexOp(Projection.RESUMES, upload.getResumeId(), IndexOp.CREATE_ONLY, pending));
    }

    private static List<IndexOp> parse(EventPosition position, ResumeParseEvent event) {
        EventMetadata meta = event.getMetadata();
        ResumeDocument document;
        Object payload = event.getPayload();
        if (payload instanceof ResumeParsed parsed) {
            document = parsedResume(event, parsed);
        } else if (payload instanceof ResumeParseFailed failed) {
            document = new ResumeDocument(event.getResumeId(), meta.getOrganizationId(),
                    event.getBatchId(), ResumeDocument.PARSE_FAILED, null, null, null, null, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    null, null, List.of(), null, null, null, failed.getParserVersion(), null, failed.getReason().name(),
                    failed.getDetail(), meta.getOccurredAt(), false, null, meta.getEventId());
        } else {
            throw new UnsupportedEventException("ResumeParseEvent payload " + event.getPayload().getClass());
        }
        return List.of(new IndexOp(Projection.RESUMES, event.getResumeId(), position.version(), document));
    }

    private static ResumeDocument parsedResume(ResumeParseEvent event, ResumeParsed parsed) {
        EventMetadata meta = event.getMetadata();
        var contact = parsed.getContact();
        List<SkillMention> skills = parsed.getSkills();
        return new ResumeDocument(event.getResumeId(), meta.getOrganizationId(), event.getBatchId(),
                ResumeDocument.PARSED, contact.getName(), contact.getLocation(),
                new ResumeDocument.Contact(contact.getName(), contact.getEmail(), contact.getPhone(),
                        contact.getLinks().stream().map(link -> link.getUrl()).toList(), contact.getLocation()),
                parsed.getSummary(),
                distinct(skills.stream().map(SkillMention::getName)),
                distinct(skills.stream().map(SkillMention::getSkillId)),
                distinct(skills.stream().map(SkillMention::getCategory)),
                skills.stream().map(s -> new ResumeDocument.Skill(s.getSkillId(), s.getName(), s.getCategory(),
                        s.getMonthsUsed(), s.getEvidence().stream().map(Evidence::getText).limit(3).toList())).toList(),
                distinct(parsed.getExperience().stream().map(e -> e.getTitle())),
                distinct(parsed.getExperience().stream().map(e -> e.getCompany())),
                parsed.getExperience().stream().map(e -> new ResumeDocument.Experience(e.getTitle(), e.getCompany(),
                        e.getLocation(), e.getStart(), e.getEnd(), e.getCurrent(), e.getMonths(), e.getDescription()))
                        .toList(),
                parsed.getEducation().stream().map(e -> new ResumeDocument.Education(e.getDegree(), e.getLevel().name(),
                        e.getField(), e.getInstitution(), e.getStart(), e.getEnd())).toList(),
                distinct(parsed.getEducation().stream().map(e -> e.getLevel().name())),
                distinct(parsed.getLanguages().stream().map(l -> l.getCode())),
                List.copyOf(parsed.getCertifications()), parsed.getDocumentLanguage(), parsed.getTotalYears(),
                List.copyOf(parsed.getMissingFields()), parsed.getText(),
                parsed.getEmbedding() == null ? null : List.copyOf(parsed.getEmbedding()), parsed.getEmbeddingModel(),
                parsed.getParserVersion(), parsed.getTaxonomyVersion(), null, null, meta.getOccurredAt(), false, null,
                meta.getEventId());
    }

    private static IndexOp erasedResume(CandidateErased erased) {
        EventMetadata meta = erased.getMetadata();
        return new IndexOp(Projection.RESUMES, erased.getResumeId(), IndexOp.ERASED,
                ResumeDocument.erased(erased.getResumeId(), meta.getOrganizationId(), meta.getOccurredAt(),
                        meta.getEventId()));
    }

    // ---- screenings ----

    private static List<IndexOp> screening(EventPosition position, ScreeningResultEvent event) {
        EventMetadata meta = event.getMetadata();
        ScreeningDocument document;
        Object payload = event.getPayload();
        if (payload instanceof ScreeningScored scored) {
            document = scoredScreening(event, scored);
        } else if (payload instanceof ScreeningFailed failed) {
            document = new ScreeningDocument(event.getScreeningId(), event.getJobId(),
                    event.getResumeId(), event.getBatchId(), meta.getOrganizationId(), ScreeningDocument.FAILED, null,
                    null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                    Map.of(), failed.getReason().name(), failed.getDetail(), meta.getOccurredAt(), false,
                    meta.getEventId());
        } else {
            throw new UnsupportedEventException("ScreeningResultEvent payload " + event.getPayload().getClass());
        }
        ScoreHistoryDocument history = new ScoreHistoryDocument(meta.getEventId(), event.getScreeningId(),
                event.getJobId(), event.getResumeId(), event.getBatchId(), meta.getOrganizationId(), document.status(),
                document.score(), document.band(), document.jobRevision(), document.scorerVersion(),
                document.taxonomyVersion(), document.failureReason(), meta.getOccurredAt(), false);
        return List.of(
                new IndexOp(Projection.SCREENINGS, event.getScreeningId(), position.version(), document),
                new IndexOp(Projection.SCREENING_HISTORY, meta.getEventId(), position.version(), history));
    }

    private static ScreeningDocument scoredScreening(ScreeningResultEvent event, ScreeningScored scored) {
        EventMetadata meta = event.getMetadata();
        List<ScreeningDocument.Matched> matched = scored.getMatched().stream()
                .map(m -> new ScreeningDocument.Matched(m.getRequirement(), m.getKind().name(), m.getMatchType().name(),
                        m.getMatchedAs(), m.getConfidence(), m.getEvidence().stream().map(ProjectionMapper::span).toList()))
                .toList();
        List<ScreeningDocument.Missing> missing = scored.getMissing().stream()
                .map(m -> new ScreeningDocument.Missing(m.getRequirement(), m.getKind().name(), m.getDetail()))
                .toList();
        // The ranking's text filter searches what the candidate was matched on and the evidence for it.
        String text = scored.getMatched().stream()
                .flatMap(m -> Stream.concat(Stream.of(m.getRequirement(), m.getMatchedAs()),
                        m.getEvidence().stream().map(Evidence::getText)))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" \n "));
        return new ScreeningDocument(event.getScreeningId(), event.getJobId(), event.getResumeId(), event.getBatchId(),
                meta.getOrganizationId(), ScreeningDocument.SCORED, scored.getScore(), scored.getBand().name(),
                scored.getSubScores().stream().map(s -> new ScreeningDocument.SubScore(s.getCategory().name(),
                        s.getScore(), s.getWeight(), s.getExplanation())).toList(),
                skills(scored.getMatched().stream().filter(m -> isSkill(m.getKind())).map(MatchedRequirement::getRequirement)),
                skills(scored.getMissing().stream().filter(m -> isSkill(m.getKind())).map(m -> m.getRequirement())),
                matched, missing, List.copyOf(scored.getSuggestions()), text, scored.getJobRevision(),
                scored.getScorerVersion(), scored.getTaxonomyVersion(), Map.copyOf(scored.getModelVersions()), null,
                null, meta.getOccurredAt(), false, meta.getEventId());
    }

    private static boolean isSkill(RequirementKind kind) {
        return kind == RequirementKind.REQUIRED_SKILL || kind == RequirementKind.PREFERRED_SKILL;
    }

    private static ScreeningDocument.EvidenceSpan span(Evidence evidence) {
        return new ScreeningDocument.EvidenceSpan(evidence.getSection(), evidence.getStart(), evidence.getEnd(),
                evidence.getText());
    }

    // ---- batches ----

    private static List<IndexOp> batchCreated(BatchCreated created) {
        EventMetadata meta = created.getMetadata();
        BatchDocument pending = new BatchDocument(created.getBatchId(), created.getJobId(), meta.getOrganizationId(),
                "PENDING", created.getTotal(), 0, 0, 0, created.getRejections().size(), null, created.getCreatedAt(),
                null, null, created.getCreatedAt(), meta.getEventId());
        return List.of(new IndexOp(Projection.BATCHES, created.getBatchId(), IndexOp.CREATE_ONLY, pending));
    }

    private static List<IndexOp> batchProgress(EventPosition position, BatchProgress progress) {
        EventMetadata meta = progress.getMetadata();
        BatchDocument document = new BatchDocument(progress.getBatchId(), progress.getJobId(), meta.getOrganizationId(),
                progress.getStatus().name(), progress.getTotal(), progress.getProcessed(), progress.getSucceeded(),
                progress.getFailed(), null, progress.getResumesPerSecond(), progress.getCreatedAt(),
                progress.getStartedAt(), progress.getCompletedAt(), progress.getUpdatedAt(), meta.getEventId());
        return List.of(new IndexOp(Projection.BATCHES, progress.getBatchId(), position.version(), document));
    }

    // ---- history ----

    /** What the timeline shows of an event: entity, summary and details. */
    private record Described(String type, String entityType, String entityId, String jobId, String resumeId,
                             String batchId, String summary, Map<String, Object> details) {}

    private static List<IndexOp> withHistory(EventPosition position, EventMetadata meta, List<IndexOp> ops,
                                             Described described) {
        HistoryEntry entry = new HistoryEntry(meta.getEventId(), described.type(), position.topic(),
                position.partition(), position.offset(), meta.getOrganizationId(), described.entityType(),
                described.entityId(), described.jobId(), described.resumeId(), described.batchId(),
                meta.getOccurredAt(), meta.getActor(), meta.getCorrelationId(), meta.getProducer(),
                described.summary(), described.details(), false);
        List<IndexOp> all = new ArrayList<>(ops);
        all.add(new IndexOp(Projection.HISTORY, meta.getEventId(), position.version(), entry));
        return all;
    }

    private static Described history(JobEvent event) {
        String jobId = event.getJobId();
        Object payload = event.getPayload();
        if (payload instanceof JobPosted posted) {
            return new Described("JobPosted", "job", jobId, jobId, null, null,
                    "Job posted: " + posted.getDefinition().getTitle(),
                    details("revision", event.getRevision(), "title", posted.getDefinition().getTitle(),
                            "requiredSkills", posted.getDefinition().getRequiredSkills()));
        } else if (payload instanceof JobUpdated updated) {
            return new Described("JobUpdated", "job", jobId, jobId, null, null,
                    "Job updated to revision " + event.getRevision() + ": " + updated.getDefinition().getTitle(),
                    details("revision", event.getRevision(), "title", updated.getDefinition().getTitle(),
                            "requiredSkills", updated.getDefinition().getRequiredSkills()));
        } else if (payload instanceof JobClosed closed) {
            return new Described("JobClosed", "job", jobId, jobId, null, null,
                    "Job closed" + (closed.getReason() == null ? "" : ": " + closed.getReason()),
                    details("revision", event.getRevision(), "reason", closed.getReason()));
        } else {
            throw new UnsupportedEventException("JobEvent payload " + event.getPayload().getClass());
        }
    }

    private static Described history(ResumeUploaded upload) {
        return new Described("ResumeUploaded", "resume", upload.getResumeId(), null, upload.getResumeId(),
                upload.getBatchId(), "Resume uploaded: " + upload.getFileName() + " (" + upload.getMediaType() + ", "
                + upload.getSizeBytes() + " bytes)",
                details("fileName", upload.getFileName(), "mediaType", upload.getMediaType(), "sizeBytes",
                        upload.getSizeBytes(), "sha256", upload.getSha256(), "jobIds", upload.getJobIds(),
                        "uploadedAt", upload.getUploadedAt().toString()));
    }

    private static Described history(ResumeParseEvent event) {
        Object payload = event.getPayload();
        if (payload instanceof ResumeParsed parsed) {
            return new Described("ResumeParsed", "resume", event.getResumeId(), null,
                    event.getResumeId(), event.getBatchId(), "Resume parsed: " + parsed.getSkills().size()
                    + " skills, " + parsed.getExperience().size() + " positions, "
                    + String.format(java.util.Locale.ROOT, "%.1f", parsed.getTotalYears()) + " years",
                    details("parserVersion", parsed.getParserVersion(), "documentLanguage",
                            parsed.getDocumentLanguage(), "missingFields", parsed.getMissingFields()));
        } else if (payload instanceof ResumeParseFailed failed) {
            return new Described("ResumeParseFailed", "resume", event.getResumeId(), null,
                    event.getResumeId(), event.getBatchId(), "Resume could not be parsed: " + failed.getReason(),
                    details("reason", failed.getReason().name(), "detail", failed.getDetail()));
        } else {
            throw new UnsupportedEventException("ResumeParseEvent payload " + event.getPayload().getClass());
        }
    }

    private static Described history(ScreeningRequested requested) {
        return new Described("ScreeningRequested", "screening", requested.getScreeningId(), requested.getJobId(),
                requested.getResumeId(), requested.getBatchId(), "Screening against " + requested.getJobId()
                + " requested (" + requested.getTrigger() + ")", details("trigger", requested.getTrigger().name()));
    }

    private static Described history(ScreeningResultEvent event) {
        Object payload = event.getPayload();
        if (payload instanceof ScreeningScored scored) {
            return new Described("ScreeningScored", "screening", event.getScreeningId(),
                    event.getJobId(), event.getResumeId(), event.getBatchId(), "Scored "
                    + String.format(java.util.Locale.ROOT, "%.1f", scored.getScore()) + " (" + scored.getBand()
                    + ") against " + event.getJobId() + " with scorer " + scored.getScorerVersion(),
                    details("score", scored.getScore(), "band", scored.getBand().name(), "scorerVersion",
                            scored.getScorerVersion(), "jobRevision", scored.getJobRevision()));
        } else if (payload instanceof ScreeningFailed failed) {
            return new Described("ScreeningFailed", "screening", event.getScreeningId(),
                    event.getJobId(), event.getResumeId(), event.getBatchId(), "Screening against "
                    + event.getJobId() + " failed: " + failed.getReason(),
                    details("reason", failed.getReason().name(), "detail", failed.getDetail()));
        } else {
            throw new UnsupportedEventException("ScreeningResultEvent payload " + event.getPayload().getClass());
        }
    }

    private static Described history(BatchCreated created) {
        return new Described("BatchCreated", "batch", created.getBatchId(), created.getJobId(), null,
                created.getBatchId(), "Batch created: " + created.getTotal() + " resumes accepted, "
                + created.getRejections().size() + " rejected",
                details("total", created.getTotal(), "resumeIds", created.getResumeIds(), "rejections",
                        created.getRejections().stream().map(r -> details("fileName", r.getFileName(), "reason",
                                r.getReason(), "detail", r.getDetail())).toList()));
    }

    private static Described history(BatchProgress progress) {
        return new Described("BatchProgress", "batch", progress.getBatchId(), progress.getJobId(), null,
                progress.getBatchId(), "Batch " + progress.getStatus() + ": " + progress.getProcessed() + "/"
                + progress.getTotal() + " processed, " + progress.getFailed() + " failed",
                details("status", progress.getStatus().name(), "processed", progress.getProcessed(), "succeeded",
                        progress.getSucceeded(), "failed", progress.getFailed(), "total", progress.getTotal()));
    }

    private static Described history(CandidateErased erased) {
        return new Described("CandidateErased", "resume", erased.getResumeId(), null, erased.getResumeId(), null,
                "Candidate erased", details("reason", erased.getReason()));
    }

    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value != null) {
                map.put((String) keyValues[i], value instanceof List<?> list ? List.copyOf(list) : value);
            }
        }
        return map;
    }

    private static List<String> distinct(Stream<String> values) {
        return List.copyOf(values.filter(v -> v != null && !v.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<String> skills(Stream<String> values) {
        return distinct(values);
    }

    /** An event type the projector does not know; it is dead-lettered rather than guessed at. */
    public static final class UnsupportedEventException extends RuntimeException {
        public UnsupportedEventException(String type) {
            super("No projection for " + type);
        }
    }
}
