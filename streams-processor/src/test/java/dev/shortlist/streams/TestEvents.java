package dev.shortlist.streams;

import dev.shortlist.schemas.batch.BatchCreated;
import dev.shortlist.schemas.common.EducationLevel;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.job.JobClosed;
import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.job.JobEvent;
import dev.shortlist.schemas.job.JobPosted;
import dev.shortlist.schemas.job.JobUpdated;
import dev.shortlist.schemas.job.RemotePolicy;
import dev.shortlist.schemas.resume.Contact;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.resume.SkillMention;
import dev.shortlist.schemas.screening.ScreeningRequested;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningTrigger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events as the other services write them, for topology tests. */
public final class TestEvents {

    public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private TestEvents() {}

    public static EventMetadata metadata(String organizationId) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(T0)
                .setOrganizationId(organizationId)
                .setCorrelationId("corr-" + UUID.randomUUID())
                .setCausationId(null)
                .setActor("recruiter@" + organizationId)
                .setProducer("ingest-api/test")
                .build();
    }

    public static ResumeUploaded upload(String organizationId, String resumeId, String blobRef, String batchId) {
        return ResumeUploaded.newBuilder()
                .setMetadata(metadata(organizationId))
                .setResumeId(resumeId)
                .setFileName(resumeId + ".txt")
                .setMediaType("text/plain")
                .setSizeBytes(100)
                .setSha256(blobRef.substring(blobRef.lastIndexOf('/') + 1))
                .setBlobRef(blobRef)
                .setBatchId(batchId)
                .setJobIds(List.of())
                .setUploadedAt(T0)
                .build();
    }

    public static JobDefinition definition(String title, List<String> requiredSkills) {
        return JobDefinition.newBuilder()
                .setTitle(title)
                .setDescription(title + " wanted")
                .setRequiredSkills(requiredSkills)
                .setPreferredSkills(List.of())
                .setMinimumYears(null)
                .setEducationLevel(EducationLevel.UNKNOWN)
                .setLocation(null)
                .setRemote(RemotePolicy.REMOTE)
                .setLanguages(List.of())
                .setWeights(null)
                .build();
    }

    public static JobEvent jobPosted(String organizationId, String jobId, List<String> requiredSkills) {
        return job(organizationId, jobId, 1, new JobPosted(definition("Engineer", requiredSkills)));
    }

    public static JobEvent jobUpdated(String organizationId, String jobId, int revision, List<String> requiredSkills) {
        return job(organizationId, jobId, revision, new JobUpdated(definition("Engineer", requiredSkills)));
    }

    public static JobEvent jobClosed(String organizationId, String jobId, int revision) {
        return job(organizationId, jobId, revision, new JobClosed("filled"));
    }

    private static JobEvent job(String organizationId, String jobId, int revision, Object payload) {
        return JobEvent.newBuilder()
                .setMetadata(metadata(organizationId))
                .setJobId(jobId)
                .setRevision(revision)
                .setPayload(payload)
                .build();
    }

    public static ScreeningRequested request(String organizationId, String jobId, String resumeId, String batchId) {
        return ScreeningRequested.newBuilder()
                .setMetadata(metadata(organizationId))
                .setScreeningId(jobId + ":" + resumeId)
                .setJobId(jobId)
                .setResumeId(resumeId)
                .setBatchId(batchId)
                .setTrigger(batchId == null ? ScreeningTrigger.UPLOAD : ScreeningTrigger.BATCH)
                .build();
    }

    public static ResumeParsed profile(List<String> skills) {
        return ResumeParsed.newBuilder()
                .setContact(new Contact("Ada Example", "ada@example.org", null, List.of(), null))
                .setSummary(null)
                .setSkills(skills.stream()
                        .map(skill -> SkillMention.newBuilder()
                                .setSkillId(skill.toLowerCase())
                                .setName(skill)
                                .setCategory("technology")
                                .setEvidence(List.of())
                                .setMonthsUsed(null)
                                .build())
                        .toList())
                .setExperience(List.of())
                .setEducation(List.of())
                .setLanguages(List.of())
                .setCertifications(List.of())
                .setDocumentLanguage("en")
                .setTotalYears(3.0)
                .setMissingFields(List.of())
                .setText("Skills: " + String.join(", ", skills))
                .setEmbedding(null)
                .setEmbeddingModel(null)
                .setEmbeddingChunks(List.of())
                .setParserVersion("fake-parser-1")
                .setTaxonomyVersion("test")
                .build();
    }

    public static ResumeParseEvent parsed(String organizationId, String resumeId, Object payload) {
        return ResumeParseEvent.newBuilder()
                .setMetadata(metadata(organizationId))
                .setResumeId(resumeId)
                .setBatchId(null)
                .setPayload(payload)
                .build();
    }

    public static BatchCreated batch(String organizationId, String batchId, String jobId, List<String> resumeIds) {
        return BatchCreated.newBuilder()
                .setMetadata(metadata(organizationId))
                .setBatchId(batchId)
                .setJobId(jobId)
                .setResumeIds(resumeIds)
                .setTotal(resumeIds.size())
                .setRejections(List.of())
                .setCreatedAt(T0)
                .build();
    }

    public static ScreeningResultEvent outcome(
            String organizationId, String batchId, String jobId, String resumeId, Object payload) {
        return ScreeningResultEvent.newBuilder()
                .setMetadata(metadata(organizationId))
                .setScreeningId(jobId + ":" + resumeId)
                .setJobId(jobId)
                .setResumeId(resumeId)
                .setBatchId(batchId)
                .setPayload(payload)
                .build();
    }
}
