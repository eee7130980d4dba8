package dev.shortlist.streams.parsing;

import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.resume.Link;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.screening.candidate.ResumeFacts;
import dev.shortlist.screening.parsing.Contact;
import dev.shortlist.screening.parsing.EducationEntry;
import dev.shortlist.screening.parsing.EducationLevel;
import dev.shortlist.screening.parsing.ExperienceEntry;
import dev.shortlist.screening.parsing.MissingField;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.parsing.Section;
import dev.shortlist.screening.parsing.SkillMention;
import dev.shortlist.screening.parsing.SpokenLanguage;
import java.util.List;

/**
 * The parser's {@link ResumeProfile} as the Avro {@code ResumeParsed} of the parsed-resumes topic,
 * and back as the {@link ResumeFacts} scoring reads.
 */
public final class ResumeProfileMapper {

    private ResumeProfileMapper() {}

    public static ResumeParsed toAvro(ResumeProfile profile) {
        Contact contact = profile.contact();
        return ResumeParsed.newBuilder()
                .setContact(new dev.shortlist.schemas.resume.Contact(
                        contact.name(),
                        contact.email(),
                        contact.phone(),
                        contact.links().stream()
                                .map(link -> new Link(link.kind(), link.url()))
                                .toList(),
                        contact.location()))
                .setHeadline(profile.headline())
                .setSummary(profile.summary())
                .setSkillsText(profile.sectionText(Section.SKILLS, ResumeFacts.MAX_SKILLS_TEXT))
                .setSkills(profile.skills().stream()
                        .map(skill -> dev.shortlist.schemas.resume.SkillMention.newBuilder()
                                .setSkillId(skill.skillId())
                                .setName(skill.name())
                                .setCategory(skill.category())
                                .setEvidence(skill.evidence().stream()
                                        .map(e -> new Evidence(e.section().name(), e.start(), e.end(), e.text()))
                                        .toList())
                                .setMonthsUsed(skill.monthsUsed())
                                .build())
                        .toList())
                .setExperience(profile.experience().stream()
                        .map(entry -> dev.shortlist.schemas.resume.ExperienceEntry.newBuilder()
                                .setTitle(entry.title())
                                .setCompany(entry.company())
                                .setLocation(entry.location())
                                .setStart(entry.start())
                                .setEnd(entry.end())
                                .setCurrent(entry.current())
                                .setMonths(entry.months())
                                .setDescription(entry.description())
                                .build())
                        .toList())
                .setEducation(profile.education().stream()
                        .map(entry -> dev.shortlist.schemas.resume.EducationEntry.newBuilder()
                                .setDegree(entry.degree())
                                .setLevel(dev.shortlist.schemas.common.EducationLevel.valueOf(
                                        entry.level().name()))
                                .setField(entry.field())
                                .setInstitution(entry.institution())
                                .setStart(entry.start())
                                .setEnd(entry.end())
                                .build())
                        .toList())
                .setLanguages(profile.languages().stream()
                        .map(language -> new dev.shortlist.schemas.resume.SpokenLanguage(
                                language.code(), language.proficiency()))
                        .toList())
                .setCertifications(profile.certifications())
                .setDocumentLanguage(profile.documentLanguage())
                .setTotalYears(profile.totalYears())
                .setMissingFields(
                        profile.missingFields().stream().map(Enum::name).toList())
                .setText(profile.text())
                .setEmbedding(null)
                .setEmbeddingModel(null)
                .setEmbeddingChunks(List.of())
                .setParserVersion(profile.parserVersion())
                .setTaxonomyVersion(profile.taxonomyVersion())
                .build();
    }

    /** What scoring may read of a parsed-resume event: everything but the contact record and the text. */
    public static ResumeFacts factsOf(ResumeParsed parsed) {
        return new ResumeFacts(
                parsed.getHeadline(),
                parsed.getSummary(),
                parsed.getSkillsText(),
                parsed.getSkills().stream()
                        .map(skill -> new SkillMention(
                                skill.getSkillId(),
                                skill.getName(),
                                skill.getCategory(),
                                skill.getEvidence().stream()
                                        .map(e -> new SkillMention.Evidence(
                                                Section.valueOf(e.getSection()), e.getStart(), e.getEnd(), e.getText()))
                                        .toList(),
                                skill.getMonthsUsed()))
                        .toList(),
                parsed.getExperience().stream()
                        .map(entry -> new ExperienceEntry(
                                entry.getTitle(),
                                entry.getCompany(),
                                entry.getLocation(),
                                entry.getStart(),
                                entry.getEnd(),
                                entry.getCurrent(),
                                entry.getMonths(),
                                entry.getDescription(),
                                -1,
                                -1))
                        .toList(),
                parsed.getEducation().stream()
                        .map(entry -> new EducationEntry(
                                entry.getDegree(),
                                level(entry.getLevel()),
                                entry.getField(),
                                entry.getInstitution(),
                                entry.getStart(),
                                entry.getEnd()))
                        .toList(),
                parsed.getCertifications(),
                parsed.getLanguages().stream()
                        .map(l -> new SpokenLanguage(l.getCode(), l.getProficiency()))
                        .toList(),
                parsed.getDocumentLanguage(),
                parsed.getTotalYears(),
                parsed.getMissingFields().stream().map(MissingField::valueOf).toList());
    }

    /** The parser never writes {@code UNKNOWN}; an event that carries it states no degree. */
    private static EducationLevel level(dev.shortlist.schemas.common.EducationLevel level) {
        return level == dev.shortlist.schemas.common.EducationLevel.UNKNOWN
                ? EducationLevel.NONE
                : EducationLevel.valueOf(level.name());
    }
}
