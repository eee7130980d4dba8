package dev.shortlist.streams.scoring;

import dev.shortlist.streams.parsing.EducationEntry;
import dev.shortlist.streams.parsing.ExperienceEntry;
import dev.shortlist.streams.parsing.MissingField;
import dev.shortlist.streams.parsing.ResumeProfile;
import dev.shortlist.streams.parsing.Section;
import dev.shortlist.streams.parsing.SkillMention;
import dev.shortlist.streams.parsing.SpokenLanguage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a parsed resume to the scorer's blind {@link CandidateProfile}. This is the one place
 * that sees a {@link ResumeProfile}; it never reads {@code contact()} (name, email, phone,
 * links, location), nor the header section, so nothing personal can reach a score.
 */
public final class CandidateProfiles {

    /** Missing fields passed on as flags for suggestions; who the candidate is stays out. */
    private static final Set<MissingField> FLAGGED = EnumSet.of(MissingField.EMAIL, MissingField.PHONE,
            MissingField.SUMMARY, MissingField.DATED_EXPERIENCE, MissingField.EDUCATION, MissingField.SKILLS);
    private static final int MAX_SKILLS_TEXT = 1_500;

    private CandidateProfiles() {
    }

    public static CandidateProfile from(ResumeProfile parsed) {
        CandidateProfile.Builder profile = CandidateProfile.builder()
                .summary(parsed.summary())
                .skillsText(sectionText(parsed, Section.SKILLS))
                .totalYears(parsed.totalYears());
        for (SkillMention mention : parsed.skills()) {
            List<EvidenceSpan> evidence = mention.evidence().stream()
                    .map(e -> new EvidenceSpan(e.section().name(), e.start(), e.end(), e.text())).toList();
            profile.skill(new CandidateProfile.CandidateSkill(mention.skillId(), mention.name(),
                    mention.monthsUsed() == null ? 0 : mention.monthsUsed(), evidence));
        }
        // Most recent first: current roles, then by start date; undated roles keep their order at the end.
        List<ExperienceEntry> roles = new ArrayList<>(parsed.experience());
        roles.sort(Comparator.comparing((ExperienceEntry e) -> e.start() == null)
                .thenComparing(e -> !e.current())
                .thenComparing(e -> e.start() == null ? null : e.start(), Comparator.nullsLast(Comparator.reverseOrder())));
        for (ExperienceEntry role : roles) {
            profile.experience(role.title(), role.start() == null ? null : YearMonth.from(role.start()),
                    role.end() == null ? null : YearMonth.from(role.end()), role.months() == null ? 0 : role.months(),
                    role.description());
        }
        for (EducationEntry entry : parsed.education()) {
            profile.education(EducationLevel.valueOf(entry.level().name()),
                    entry.field() != null ? entry.field() : entry.degree());
        }
        for (String certification : parsed.certifications()) {
            profile.education(EducationLevel.CERTIFICATE, certification);
        }
        parsed.languages().stream().map(SpokenLanguage::code).distinct().forEach(profile::language);
        String documentLanguage = parsed.documentLanguage();
        if (documentLanguage != null && !documentLanguage.equals("und")
                && parsed.languages().stream().noneMatch(l -> l.code().equals(documentLanguage))) {
            // Writing the resume in a language shows it.
            profile.language(documentLanguage);
        }
        parsed.missingFields().stream().filter(FLAGGED::contains)
                .forEach(field -> profile.profileGap(field.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return profile.build();
    }

    private static String sectionText(ResumeProfile parsed, Section section) {
        StringBuilder out = new StringBuilder();
        for (ResumeProfile.SectionSpan span : parsed.sections()) {
            if (span.section() == section && span.end() <= parsed.text().length() && span.start() < span.end()) {
                String body = parsed.text().substring(span.start(), span.end()).strip();
                if (span.heading() != null && body.startsWith(span.heading().strip())) {
                    body = body.substring(span.heading().strip().length());
                }
                out.append(body.strip()).append('\n');
            }
        }
        String text = out.toString().strip();
        return text.length() > MAX_SKILLS_TEXT ? text.substring(0, MAX_SKILLS_TEXT) : text;
    }
}
