package dev.shortlist.query;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.batch.BatchProgress;
import dev.shortlist.schemas.batch.BatchStatus;
import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.RemotePolicy;
import dev.shortlist.schemas.resume.Contact;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.resume.SkillMention;
import dev.shortlist.schemas.screening.Band;
import dev.shortlist.schemas.screening.MatchType;
import dev.shortlist.schemas.screening.MatchedRequirement;
import dev.shortlist.schemas.screening.MissingRequirement;
import dev.shortlist.schemas.screening.RequirementKind;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.schemas.screening.SubScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders of realistic Shortlist events for tests. */
public final class Events {

    public static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private Events() {}

    public static EventMetadata meta(String org) {
        return meta(org, T0);
    }

    public static EventMetadata meta(String org, Instant at) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(at)
                .setOrganizationId(org)
                .setCorrelationId("corr-1")
                .setCausationId(null)
                .setActor("recruiter@" + org)
                .setProducer("test")
                .build();
    }

    public static JobEvent jobPosted(String org, String jobId, String title, List<String> required) {
        JobDefinition definition = JobDefinition.newBuilder()
                .setTitle(title)
                .setDescription(title + " building backend services in Java and Kafka")
                .setRequiredSkills(required)
                .setPreferredSkills(List.of("Kubernetes"))
                .setMinimumYears(3.0)
                .setEducationLevel(EducationLevel.BACHELOR)
                .setLocation("Berlin")
                .setRemote(RemotePolicy.HYBRID)
                .setLanguages(List.of("en"))
                .setWeights(null)
                .build();
        return JobEvent.newBuilder()
                .setMetadata(meta(org))
                .setJobId(jobId)
                .setRevision(1)
                .setPayload(JobPosted.newBuilder().setDefinition(definition).build())
                .build();
    }

    public static JobEvent jobClosed(String org, String jobId, int revision) {
        return JobEvent.newBuilder()
                .setMetadata(meta(org, T0.plusSeconds(3600)))
                .setJobId(jobId)
                .setRevision(revision)
                .setPayload(JobClosed.newBuilder().setReason("filled").build())
                .build();
    }

    public static ResumeUploaded uploaded(String org, String resumeId, String batchId, String jobId) {
        return ResumeUploaded.newBuilder()
                .setMetadata(meta(org))
                .setResumeId(resumeId)
                .setFileName(resumeId + ".pdf")
                .setMediaType("application/pdf")
                .setSizeBytes(12345)
                .setSha256("ab".repeat(32))
                .setBlobRef("file:sha256/ab/ab/" + "ab".repeat(32))
                .setBatchId(batchId)
                .setJobIds(jobId == null ? List.of() : List.of(jobId))
                .setUploadedAt(T0)
                .build();
    }

    public static ResumeParseEvent parsed(
            String org, String resumeId, String name, List<String> skills, List<Float> embedding) {
        List<SkillMention> mentions = new ArrayList<>();
        for (String skill : skills) {
            mentions.add(SkillMention.newBuilder()
                    .setSkillId("tech." + skill.toLowerCase())
                    .setName(skill)
                    .setCategory("tech")
                    .setEvidence(List.of(new Evidence("SKILLS", 0, skill.length(), skill)))
                    .setMonthsUsed(24)
                    .build());
        }
        ResumeParsed profile = ResumeParsed.newBuilder()
                .setContact(Contact.newBuilder()
                        .setName(name)
                        .setEmail(null)
                        .setPhone(null)
                        .setLinks(List.of())
                        .setLocation("Berlin, Germany")
                        .build())
                .setSummary("Backend engineer " + String.join(" ", skills))
                .setSkills(mentions)
                .setExperience(List.of())
                .setEducation(List.of())
                .setLanguages(List.of())
                .setCertifications(List.of())
                .setDocumentLanguage("en")
                .setTotalYears(6.5)
                .setMissingFields(List.of("PHONE"))
                .setText(name + " backend engineer " + String.join(", ", skills))
                .setEmbedding(embedding)
                .setEmbeddingModel(embedding == null ? null : "all-minilm-l6-v2-q")
                .setEmbeddingChunks(List.of())
                .setParserVersion("parser-1")
                .setTaxonomyVersion("tax-1")
                .build();
        return ResumeParseEvent.newBuilder()
                .setMetadata(meta(org, T0.plusSeconds(5)))
                .setResumeId(resumeId)
                .setBatchId(null)
                .setPayload(profile)
                .build();
    }

    public static ScreeningResultEvent scored(
            String org,
            String jobId,
            String resumeId,
            String batchId,
            double score,
            String scorerVersion,
            List<String> matched,
            List<String> missing) {
        Band band = score >= 80 ? Band.STRONG : score >= 60 ? Band.GOOD : score >= 40 ? Band.PARTIAL : Band.WEAK;
        ScreeningScored payload = ScreeningScored.newBuilder()
                .setScore(score)
                .setBand(band)
                .setSubScores(List.of(new SubScore(RequirementKind.REQUIRED_SKILL, score / 100, 0.5, "coverage")))
                .setMatched(matched.stream()
                        .map(m -> MatchedRequirement.newBuilder()
                                .setRequirement(m)
                                .setKind(RequirementKind.REQUIRED_SKILL)
                                .setMatchType(MatchType.EXACT)
                                .setMatchedAs(m)
                                .setConfidence(1.0)
                                .setEvidence(List.of(new Evidence("EXPERIENCE", 10, 20, "built " + m + " services")))
                                .build())
                        .toList())
                .setMissing(missing.stream()
                        .map(m -> MissingRequirement.newBuilder()
                                .setRequirement(m)
                                .setKind(RequirementKind.REQUIRED_SKILL)
                                .setDetail("not found")
                                .build())
                        .toList())
                .setSuggestions(List.of("Ask about " + String.join(", ", missing)))
                .setJobRevision(1)
                .setScorerVersion(scorerVersion)
                .setTaxonomyVersion("tax-1")
                .setModelVersions(Map.of("embedding", "minilm"))
                .build();
        return ScreeningResultEvent.newBuilder()
                .setMetadata(meta(org, T0.plusSeconds(10)))
                .setScreeningId(jobId + ":" + resumeId)
                .setJobId(jobId)
                .setResumeId(resumeId)
                .setBatchId(batchId)
                .setPayload(payload)
                .build();
    }

    public static BatchCreated batchCreated(String org, String batchId, String jobId, List<String> resumeIds) {
        return BatchCreated.newBuilder()
                .setMetadata(meta(org))
                .setBatchId(batchId)
                .setJobId(jobId)
                .setResumeIds(resumeIds)
                .setTotal(resumeIds.size())
                .setRejections(List.of())
                .setCreatedAt(T0)
                .build();
    }

    public static BatchProgress progress(
            String org, String batchId, String jobId, int total, int processed, int failed) {
        BatchStatus status = processed < total
                ? BatchStatus.PROCESSING
                : failed > 0 ? BatchStatus.COMPLETED_WITH_FAILURES : BatchStatus.COMPLETED;
        Instant at = T0.plusSeconds(processed);
        return BatchProgress.newBuilder()
                .setMetadata(meta(org, at))
                .setBatchId(batchId)
                .setJobId(jobId)
                .setTotal(total)
                .setProcessed(processed)
                .setSucceeded(processed - failed)
                .setFailed(failed)
                .setStatus(status)
                .setCreatedAt(T0)
                .setStartedAt(T0.plusSeconds(1))
                .setCompletedAt(processed == total ? at : null)
                .setUpdatedAt(at)
                .setResumesPerSecond(processed / 10.0)
                .build();
    }

    public static CandidateErased erased(String org, String resumeId) {
        return CandidateErased.newBuilder()
                .setMetadata(meta(org, T0.plusSeconds(7200)))
                .setResumeId(resumeId)
                .setReason("candidate request")
                .build();
    }

    /** A unit vector of 384 dimensions pointing mostly along axis {@code axis}. */
    public static List<Float> embedding(int axis, float spread) {
        List<Float> v = new ArrayList<>();
        for (int i = 0; i < 384; i++) {
            v.add(i == axis ? 1f : spread * ((i * 7 + axis) % 5) / 5f);
        }
        double norm = Math.sqrt(v.stream().mapToDouble(x -> x * x).sum());
        return v.stream().map(x -> (float) (x / norm)).toList();
    }
}
