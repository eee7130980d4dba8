package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.resume.ExperienceEntry;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.SkillMention;
import java.time.YearMonth;
import java.util.stream.Collectors;

/**
 * The scorer's blind {@link CandidateProfile} from a parsed resume: contact, name and location are
 * never copied, so the scorer cannot read them.
 */
public final class CandidateProfileMapper {

    private CandidateProfileMapper() {
    }

    public static CandidateProfile fromAvro(ResumeParsed parsed) {
        CandidateProfile.Builder profile = CandidateProfile.builder()
                // The most recent role is written first; its title is the candidate's headline.
                .headline(parsed.getExperience().isEmpty() ? "" : nullToEmpty(parsed.getExperience().get(0).getTitle()))
                .summary(parsed.getSummary())
                .skillsText(parsed.getSkills().stream().map(SkillMention::getName).collect(Collectors.joining(", ")))
                .totalYears(parsed.getTotalYears());
        for (SkillMention skill : parsed.getSkills()) {
            profile.skill(new CandidateProfile.CandidateSkill(skill.getSkillId(), skill.getName(),
                    skill.getMonthsUsed() == null ? 0 : skill.getMonthsUsed(),
                    skill.getEvidence().stream()
                            .map(e -> new EvidenceSpan(e.getSection(), e.getStart(), e.getEnd(), e.getText())).toList()));
        }
        for (ExperienceEntry entry : parsed.getExperience()) {
            profile.experience(entry.getTitle(),
                    entry.getStart() == null ? null : YearMonth.from(entry.getStart()),
                    entry.getCurrent() || entry.getEnd() == null ? null : YearMonth.from(entry.getEnd()),
                    entry.getMonths() == null ? 0 : entry.getMonths(),
                    entry.getDescription());
        }
        parsed.getEducation().forEach(entry -> profile.education(EducationLevel.valueOf(entry.getLevel().name()), entry.getField()));
        parsed.getLanguages().forEach(language -> profile.language(language.getCode()));
        parsed.getMissingFields().forEach(profile::profileGap);
        return profile.build();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
