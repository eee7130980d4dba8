package dev.shortlist.query.resume;

import dev.shortlist.query.projection.ResumeDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A resume's parsed profile (without its raw text and embedding) and its upload's file details. */
public record ResumeProfile(
        String resumeId,
        String batchId,
        String status,
        ResumeDocument.Contact contact,
        String summary,
        List<ResumeDocument.Skill> skills,
        List<ResumeDocument.Experience> experience,
        List<ResumeDocument.Education> education,
        List<String> languages,
        List<String> certifications,
        String documentLanguage,
        Double totalYears,
        List<String> missingFields,
        boolean hasEmbedding,
        String parserVersion,
        String taxonomyVersion,
        String failureReason,
        String failureDetail,
        Instant parsedAt,
        Map<String, Object> upload) {

    static ResumeProfile of(ResumeDocument d, Map<String, Object> upload) {
        return new ResumeProfile(d.resumeId(), d.batchId(), d.status(), d.contact(), d.summary(), d.skillDetails(),
                d.experience(), d.education(), d.languages(), d.certifications(), d.documentLanguage(), d.totalYears(),
                d.missingFields(), d.embeddingModel() != null, d.parserVersion(), d.taxonomyVersion(),
                d.failureReason(), d.failureDetail(), d.parsedAt(), upload);
    }
}
