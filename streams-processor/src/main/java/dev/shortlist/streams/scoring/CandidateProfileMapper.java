package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.resume.ExperienceEntry;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.SkillMention;
import dev.shortlist.schemas.resume.SpokenLanguage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scorer's blind {@link CandidateProfile} from a parsed resume. This is the one place that
 * reads a parsed resume for scoring; it never copies the contact record (name, email, phone,
 * links, location), so nothing personal can reach a score. Missing contact fields pass on as flags
 * only, for suggestions.
 */
public final class CandidateProfileMapper {

    /** Missing fields passed on as flags for suggestions; who the candidate is stays out. */
    private static final Set<String> FLAGGED = Set.of("EMAIL", "PHONE", "SUMMARY", "DATED_EXPERIENCE", "EDUCATION", "SKILLS");

    private CandidateProfileMapper() {
    }

    public static CandidateProfile fromAvro(ResumeParsed parsed) {
        String skillsText = parsed.getSkillsText() != null && !parsed.getSkillsText().isBlank() ? parsed.getSkillsText()
                : parsed.getSkills().stream().map(SkillMention::getName).collect(Collectors.joining(", "));
        CandidateProfile.Builder profile = CandidateProfile.builder()
                .headline(parsed.getHeadline())
                .summary(parsed.getSummary())
                .skillsText(skillsText)
                .totalYears(parsed.getTotalYears());
        for (SkillMention skill : parsed.getSkills()) {
            profile.skill(new CandidateProfile.CandidateSkill(skill.getSkillId(), skill.getName(),
                    skill.getMonthsUsed() == null ? 0 : skill.getMonthsUsed(),
                    skill.getEvidence().stream()
                            .map(e -> new EvidenceSpan(e.getSection(), e.getStart(), e.getEnd(), e.getText())).toList()));
        }
        // Most recent first: current roles, then by start date; undated roles keep their order at the end.
        List<ExperienceEntry> roles = new ArrayList<>(parsed.getExperience());
        roles.sort(Comparator.comparing((ExperienceEntry e) -> e.getStart() == null)
                .thenComparing(e -> !e.getCurrent())
                .thenComparing(ExperienceEntry::getStart, Comparator.nullsLast(Comparator.reverseOrder())));
        for (ExperienceEntry entry : roles) {
            profile.experience(entry.getTitle(),
                    entry.getStart() == null ? null : YearMonth.from(entry.getStart()),
                    entry.getCurrent() || entry.getEnd() == null ? null : YearMonth.from(entry.getEnd()),
                    entry.getMonths() == null ? 0 : entry.getMonths(),
                    entry.getDescription());
        }
        parsed.getEducation().forEach(entry -> profile.education(EducationLevel.valueOf(entry.getLevel().name()),
                entry.getField() != null ? entry.getField() : entry.getDegree()));
        parsed.getCertifications().forEach(certification -> profile.education(EducationLevel.CERTIFICATE, certification));
        parsed.getLanguages().stream().map(SpokenLanguage::getCode).distinct().forEach(profile::language);
        String documentLanguage = parsed.getDocumentLanguage();
        if (documentLanguage != null && !documentLanguage.equals("und")
                && parsed.getLanguages().stream().noneMatch(l -> l.getCode().equals(documentLanguage))) {
            // Writing the resume in a language shows it.
            profile.language(documentLanguage);
        }
        parsed.getMissingFields().stream().filter(FLAGGED::contains)
                .forEach(field -> profile.profileGap(field.toLowerCase(Locale.ROOT).replace('_', ' ')));
        return profile.build();
    }
}
