package dev.shortlist.query.projection;

import dev.shortlist.schemas.admin.CandidateErased;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.resume.Contact;
import dev.shortlist.schemas.resume.ResumeParseEvent;
import dev.shortlist.schemas.resume.ResumeParseFailed;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.resume.SkillMention;
import java.util.List;

/**
 * The resumes projection: a {@code PENDING} document at upload (creation only), the parsed profile
 * or the parse failure, and the erasure tombstone.
 */
final class ResumeMapper {

    private ResumeMapper() {}

    static List<IndexOp> uploaded(ResumeUploaded upload) {
        ResumeDocument pending = new ResumeDocument(
                upload.getResumeId(),
                upload.getMetadata().getOrganizationId(),
                upload.getBatchId(),
                ResumeDocument.PENDING,
                ResumeDocument.Profile.NONE,
                ResumeDocument.Parsing.NONE,
                ResumeDocument.Erasure.NOT_ERASED,
                upload.getMetadata().getEventId());
        return List.of(new IndexOp(Projection.RESUMES, upload.getResumeId(), IndexOp.CREATE_ONLY, pending));
    }

    static List<IndexOp> parsed(EventPosition position, ResumeParseEvent event) {
        EventMetadata meta = event.getMetadata();
        ResumeDocument document;
        Object payload = event.getPayload();
        if (payload instanceof ResumeParsed parsed) {
            document = new ResumeDocument(
                    event.getResumeId(),
                    meta.getOrganizationId(),
                    event.getBatchId(),
                    ResumeDocument.PARSED,
                    profile(parsed),
                    new ResumeDocument.Parsing(
                            parsed.getParserVersion(), parsed.getTaxonomyVersion(), Failure.NONE, meta.getOccurredAt()),
                    ResumeDocument.Erasure.NOT_ERASED,
                    meta.getEventId());
        } else if (payload instanceof ResumeParseFailed failed) {
            document = new ResumeDocument(
                    event.getResumeId(),
                    meta.getOrganizationId(),
                    event.getBatchId(),
                    ResumeDocument.PARSE_FAILED,
                    ResumeDocument.Profile.NONE,
                    new ResumeDocument.Parsing(
                            failed.getParserVersion(),
                            null,
                            new Failure(failed.getReason().name(), failed.getDetail()),
                            meta.getOccurredAt()),
                    ResumeDocument.Erasure.NOT_ERASED,
                    meta.getEventId());
        } else {
            throw new ProjectionMapper.UnsupportedEventException(
                    "ResumeParseEvent payload " + event.getPayload().getClass());
        }
        return List.of(new IndexOp(Projection.RESUMES, event.getResumeId(), position.version(), document));
    }

    static IndexOp erased(CandidateErased erased) {
        EventMetadata meta = erased.getMetadata();
        return new IndexOp(
                Projection.RESUMES,
                erased.getResumeId(),
                IndexOp.ERASED,
                ResumeDocument.erased(
                        erased.getResumeId(), meta.getOrganizationId(), meta.getOccurredAt(), meta.getEventId()));
    }

    private static ResumeDocument.Profile profile(ResumeParsed parsed) {
        Contact contact = parsed.getContact();
        ResumeDocument.Candidate candidate = new ResumeDocument.Candidate(
                contact.getName(),
                contact.getLocation(),
                new ResumeDocument.Contact(
                        contact.getName(),
                        contact.getEmail(),
                        contact.getPhone(),
                        contact.getLinks().stream().map(link -> link.getUrl()).toList(),
                        contact.getLocation()),
                parsed.getSummary());
        List<SkillMention> skills = parsed.getSkills();
        ResumeDocument.SkillFacets skillFacets = new ResumeDocument.SkillFacets(
                Facets.distinct(skills.stream().map(SkillMention::getName)),
                Facets.distinct(skills.stream().map(SkillMention::getSkillId)),
                Facets.distinct(skills.stream().map(SkillMention::getCategory)),
                skills.stream()
                        .map(s -> new ResumeDocument.Skill(
                                s.getSkillId(),
                                s.getName(),
                                s.getCategory(),
                                s.getMonthsUsed(),
                                s.getEvidence().stream()
                                        .map(Evidence::getText)
                                        .limit(3)
                                        .toList()))
                        .toList());
        ResumeDocument.Background background = new ResumeDocument.Background(
                Facets.distinct(parsed.getExperience().stream().map(e -> e.getTitle())),
                Facets.distinct(parsed.getExperience().stream().map(e -> e.getCompany())),
                parsed.getExperience().stream()
                        .map(e -> new ResumeDocument.Experience(
                                e.getTitle(),
                                e.getCompany(),
                                e.getLocation(),
                                e.getStart(),
                                e.getEnd(),
                                e.getCurrent(),
                                e.getMonths(),
                                e.getDescription()))
                        .toList(),
                parsed.getEducation().stream()
                        .map(e -> new ResumeDocument.Education(
                                e.getDegree(),
                                e.getLevel().name(),
                                e.getField(),
                                e.getInstitution(),
                                e.getStart(),
                                e.getEnd()))
                        .toList(),
                Facets.distinct(
                        parsed.getEducation().stream().map(e -> e.getLevel().name())),
                Facets.distinct(parsed.getLanguages().stream().map(l -> l.getCode())),
                List.copyOf(parsed.getCertifications()));
        ResumeDocument.Content content = new ResumeDocument.Content(
                parsed.getDocumentLanguage(),
                parsed.getTotalYears(),
                List.copyOf(parsed.getMissingFields()),
                parsed.getText(),
                Facets.copyOrNull(parsed.getEmbedding()),
                parsed.getEmbeddingModel());
        return new ResumeDocument.Profile(candidate, skillFacets, background, content);
    }
}
