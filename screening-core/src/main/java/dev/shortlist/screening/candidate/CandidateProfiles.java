package dev.shortlist.screening.candidate;

import dev.shortlist.screening.parsing.ExperienceEntry;
import dev.shortlist.screening.parsing.MissingField;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.parsing.SkillMention;
import dev.shortlist.screening.parsing.SpokenLanguage;
import dev.shortlist.screening.requirements.EducationLevel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scorer's blind {@link CandidateProfile} from a parsed resume. This is the one place that
 * reads a parsed resume for scoring; its input has no contact record (name, email, phone, links,
 * location), so nothing personal can reach a score. Missing contact fields pass on as flags only,
 * for suggestions.
 */
public final class CandidateProfiles {

    /** Missing fields passed on as flags for suggestions; who the candidate is stays out. */
    private static final Set<MissingField> FLAGGED = Set.of(
            MissingField.EMAIL,
            MissingField.PHONE,
            MissingField.SUMMARY,
            MissingField.DATED_EXPERIENCE,
            MissingField.EDUCATION,
            MissingField.SKILLS);

    private CandidateProfiles() {}

    public static CandidateProfile from(ResumeProfile parsed) {
        return from(ResumeFacts.of(parsed));
    }

    public static CandidateProfile from(ResumeFacts parsed) {
        String skillsText = parsed.skillsText() != null && !parsed.skillsText().isBlank()
                ? parsed.skillsText()
                : parsed.skills().stream().map(SkillMention::name).collect(Collectors.joining(", "));
        CandidateProfile.Builder profile = CandidateProfile.builder()
                .headline(parsed.headline())
                .summary(parsed.summary())
                .skillsText(skillsText)
                .totalYears(parsed.totalYears());
        for (SkillMention skill : parsed.skills()) {
            profile.skill(new CandidateProfile.CandidateSkill(
                    skill.skillId(),
                    skill.name(),
                    skill.monthsUsed() == null ? 0 : skill.monthsUsed(),
                    skill.evidence().stream()
                            .map(e -> new EvidenceSpan(e.section().name(), e.start(), e.end(), e.text()))
                            .toList()));
        }
        // Most recent first: current roles, then by start date; undated roles keep their order at the end.
        List<ExperienceEntry> roles = new ArrayList<>(parsed.experience());
        roles.sort(Comparator.comparing((ExperienceEntry e) -> e.start() == null)
                .thenComparing(e -> !e.current())
                .thenComparing(ExperienceEntry::start, Comparator.nullsLast(Comparator.reverseOrder())));
        for (ExperienceEntry entry : roles) {
            profile.experience(
                    entry.title(),
                    entry.start() == null ? null : YearMonth.from(entry.start()),
                    entry.current() || entry.end() == null ? null : YearMonth.from(entry.end()),
                    entry.months() == null ? 0 : entry.months(),
                    entry.description());
        }
        parsed.education()
                .forEach(entry -> profile.education(
                        EducationLevel.valueOf(entry.level().name()),
                        entry.field() != null ? entry.field() : entry.degree()));
        parsed.certifications().forEach(certification -> profile.education(EducationLevel.CERTIFICATE, certification));
        parsed.languages().stream().map(SpokenLanguage::code).distinct().forEach(profile::language);
        String documentLanguage = parsed.documentLanguage();
        if (documentLanguage != null
                && !documentLanguage.equals("und")
                && parsed.languages().stream().noneMatch(l -> l.code().equals(documentLanguage))) {
            // Writing the resume in a language shows it.
            profile.language(documentLanguage);
        }
        parsed.missingFields().stream()
                .filter(FLAGGED::contains)
                .forEach(field ->
                        profile.profileGap(field.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return profile.build();
    }
}
