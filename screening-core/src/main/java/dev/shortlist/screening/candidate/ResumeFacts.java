package dev.shortlist.screening.candidate;

import dev.shortlist.screening.parsing.EducationEntry;
import dev.shortlist.screening.parsing.ExperienceEntry;
import dev.shortlist.screening.parsing.MissingField;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.parsing.Section;
import dev.shortlist.screening.parsing.SkillMention;
import dev.shortlist.screening.parsing.SpokenLanguage;
import java.util.List;

/**
 * What scoring may know of a parsed resume: the profile without its contact record, sections and
 * text. The pipeline rebuilds it from the parsed-resume event, the tools from a parser's profile, so
 * both score through {@link CandidateProfiles#from(ResumeFacts)}.
 *
 * @param skillsText the skills sections as written, at most {@link #MAX_SKILLS_TEXT} characters
 */
public record ResumeFacts(
        String headline,
        String summary,
        String skillsText,
        List<SkillMention> skills,
        List<ExperienceEntry> experience,
        List<EducationEntry> education,
        List<String> certifications,
        List<SpokenLanguage> languages,
        String documentLanguage,
        double totalYears,
        List<MissingField> missingFields) {

    /** The skills sections as written travel with the profile, bounded: they feed semantic matching only. */
    public static final int MAX_SKILLS_TEXT = 1_500;

    public ResumeFacts {
        skills = List.copyOf(skills);
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        certifications = List.copyOf(certifications);
        languages = List.copyOf(languages);
        missingFields = List.copyOf(missingFields);
    }

    public static ResumeFacts of(ResumeProfile profile) {
        return new ResumeFacts(
                profile.headline(),
                profile.summary(),
                profile.sectionText(Section.SKILLS, MAX_SKILLS_TEXT),
                profile.skills(),
                profile.experience(),
                profile.education(),
                profile.certifications(),
                profile.languages(),
                profile.documentLanguage(),
                profile.totalYears(),
                profile.missingFields());
    }
}
