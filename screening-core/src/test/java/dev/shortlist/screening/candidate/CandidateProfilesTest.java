package dev.shortlist.screening.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.parsing.Contact;
import dev.shortlist.screening.parsing.EducationEntry;
import dev.shortlist.screening.parsing.ExperienceEntry;
import dev.shortlist.screening.parsing.MissingField;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.parsing.Section;
import dev.shortlist.screening.parsing.SkillMention;
import dev.shortlist.screening.parsing.SpokenLanguage;
import dev.shortlist.screening.requirements.EducationLevel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateProfilesTest {

    private static final String TEXT = "Jane Roe\njane@example.com\nSkills\nJava, k8s\nExperience\n...";

    private static ResumeProfile parsed(List<ExperienceEntry> roles, List<MissingField> missing) {
        return new ResumeProfile(
                new Contact("Jane Roe", "jane@example.com", "+15125550100", List.of(), "Austin, TX"),
                "Backend Engineer",
                "Backend engineer.",
                roles,
                List.of(new EducationEntry(
                        "BSc",
                        dev.shortlist.screening.parsing.EducationLevel.BACHELOR,
                        "Computer Science",
                        "State University",
                        null,
                        LocalDate.of(2015, 6, 1))),
                List.of(new SkillMention(
                        "tech.kubernetes",
                        "Kubernetes",
                        "devops",
                        List.of(new SkillMention.Evidence(Section.SKILLS, 40, 43, "k8s")),
                        30)),
                List.of(new SpokenLanguage("de", "C1")),
                List.of("CKA"),
                "en",
                7.5,
                missing,
                List.of(
                        new ResumeProfile.SectionSpan(Section.CONTACT, null, 0, 26),
                        new ResumeProfile.SectionSpan(Section.SKILLS, "Skills", 26, 43)),
                TEXT,
                "text/plain",
                "parser-test",
                "taxonomy-test");
    }

    @Test
    void keepsWhatTheScorerNeedsAndDropsWhoTheCandidateIs() {
        ExperienceEntry older = new ExperienceEntry(
                "Developer",
                "Acme",
                "Austin, TX",
                LocalDate.of(2015, 1, 1),
                LocalDate.of(2019, 1, 1),
                false,
                48,
                "Java services.",
                100,
                150);
        ExperienceEntry current = new ExperienceEntry(
                "Senior Engineer",
                "Initech",
                "Remote",
                LocalDate.of(2019, 2, 1),
                null,
                true,
                60,
                "Kubernetes platform.",
                50,
                99);

        CandidateProfile profile = CandidateProfiles.from(parsed(
                List.of(older, current),
                List.of(MissingField.PHONE, MissingField.NAME, MissingField.LOCATION, MissingField.SUMMARY)));

        assertThat(profile.experience())
                .extracting(CandidateProfile.Experience::title)
                .containsExactly("Senior Engineer", "Developer");
        assertThat(profile.experience().get(0).start()).isEqualTo(YearMonth.of(2019, 2));
        assertThat(profile.experience().get(0).end()).isNull();
        assertThat(profile.skills()).singleElement().satisfies(s -> {
            assertThat(s.skillId()).isEqualTo("tech.kubernetes");
            assertThat(s.months()).isEqualTo(30);
            assertThat(s.evidence()).containsExactly(new EvidenceSpan("SKILLS", 40, 43, "k8s"));
        });
        assertThat(profile.highestEducation()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(profile.education())
                .extracting(CandidateProfile.Education::field)
                .contains("Computer Science", "CKA");
        assertThat(profile.languages()).containsExactly("de", "en");
        assertThat(profile.totalYears()).isEqualTo(7.5);
        assertThat(profile.skillsText()).isEqualTo("Java, k8s");
        // Flags only, and not the ones about who the candidate is or where they live.
        assertThat(profile.profileGaps()).containsExactly("phone", "summary");
        assertThat(profile.toString())
                .doesNotContain("Jane", "Roe", "jane@example.com", "5125550100", "Austin", "Acme", "Initech");
    }
}
