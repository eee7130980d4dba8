package dev.shortlist.streams.parsing;

import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.resume.Link;
import dev.shortlist.schemas.resume.ResumeParsed;

/** The parser's {@link ResumeProfile} as the Avro {@code ResumeParsed} of the parsed-resumes topic. */
public final class ResumeProfileMapper {

    /** The skills sections as written travel with the profile, bounded: they feed semantic matching only. */
    static final int MAX_SKILLS_TEXT = 1_500;

    private ResumeProfileMapper() {
    }

    public static ResumeParsed toAvro(ResumeProfile profile) {
        Contact contact = profile.contact();
        return ResumeParsed.newBuilder()
                .setContact(new dev.shortlist.schemas.resume.Contact(contact.name(), contact.email(), contact.phone(),
                        contact.links().stream().map(link -> new Link(link.kind(), link.url())).toList(), contact.location()))
                .setHeadline(profile.headline())
                .setSummary(profile.summary())
                .setSkillsText(profile.sectionText(Section.SKILLS, MAX_SKILLS_TEXT))
                .setSkills(profile.skills().stream().map(skill -> dev.shortlist.schemas.resume.SkillMention.newBuilder()
                        .setSkillId(skill.skillId())
                        .setName(skill.name())
                        .setCategory(skill.category())
                        .setEvidence(skill.evidence().stream()
                                .map(e -> new Evidence(e.section().name(), e.start(), e.end(), e.text())).toList())
                        .setMonthsUsed(skill.monthsUsed())
                        .build()).toList())
                .setExperience(profile.experience().stream().map(entry -> dev.shortlist.schemas.resume.ExperienceEntry.newBuilder()
                        .setTitle(entry.title())
                        .setCompany(entry.company())
                        .setLocation(entry.location())
                        .setStart(entry.start())
                        .setEnd(entry.end())
                        .setCurrent(entry.current())
                        .setMonths(entry.months())
                        .setDescription(entry.description())
                        .build()).toList())
                .setEducation(profile.education().stream().map(entry -> dev.shortlist.schemas.resume.EducationEntry.newBuilder()
                        .setDegree(entry.degree())
                        .setLevel(dev.shortlist.schemas.common.EducationLevel.valueOf(entry.level().name()))
                        .setField(entry.field())
                        .setInstitution(entry.institution())
                        .setStart(entry.start())
                        .setEnd(entry.end())
                        .build()).toList())
                .setLanguages(profile.languages().stream()
                        .map(language -> new dev.shortlist.schemas.resume.SpokenLanguage(language.code(), language.proficiency())).toList())
                .setCertifications(profile.certifications())
                .setDocumentLanguage(profile.documentLanguage())
                .setTotalYears(profile.totalYears())
                .setMissingFields(profile.missingFields().stream().map(Enum::name).toList())
                .setText(profile.text())
                .setEmbedding(null)
                .setEmbeddingModel(null)
                .setEmbeddingChunks(java.util.List.of())
                .setParserVersion(profile.parserVersion())
                .setTaxonomyVersion(profile.taxonomyVersion())
                .build();
    }
}
