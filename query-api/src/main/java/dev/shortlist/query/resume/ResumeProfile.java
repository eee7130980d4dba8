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
        ResumeDocument.Profile p = d.profile();
        ResumeDocument.Parsing parsing = d.parsing();
        return new ResumeProfile(
                d.resumeId(),
                d.batchId(),
                d.status(),
                p.candidate().contact(),
                p.candidate().summary(),
                p.skillFacets().skillDetails(),
                p.background().experience(),
                p.background().education(),
                p.background().languages(),
                p.background().certifications(),
                p.content().documentLanguage(),
                p.content().totalYears(),
                p.content().missingFields(),
                p.content().embeddingModel() != null,
                parsing.parserVersion(),
                parsing.taxonomyVersion(),
                parsing.failure().failureReason(),
                parsing.failure().failureDetail(),
                parsing.parsedAt(),
                upload);
    }
}
