package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionSegmenterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EXPERIENCE                   | EXPERIENCE",
                "Work Experience:             | EXPERIENCE",
                "2. Professional Experience   | EXPERIENCE",
                "E X P E R I E N C E          | EXPERIENCE",
                "• Relevant Experience        | EXPERIENCE",
                "Berufserfahrung              | EXPERIENCE",
                "Expérience professionnelle   | EXPERIENCE",
                "Experiencia                  | EXPERIENCE",
                "سوابق کاری                   | EXPERIENCE",
                "الخبرات العملية              | EXPERIENCE",
                "Education & Training         | EDUCATION",
                "Formação                     | EDUCATION",
                "Opleiding                    | EDUCATION",
                "تحصیلات                      | EDUCATION",
                "Technical Skills             | SKILLS",
                "Kenntnisse                   | SKILLS",
                "Professional Summary         | SUMMARY",
                "Licenses & Certifications    | CERTIFICATIONS",
                "Sprachkenntnisse             | LANGUAGES",
                "Projects                     | PROJECTS",
                "Interests                    | OTHER",
            })
    void recognisesHeadingsInManyStylesAndLanguages(String line, Section section) {
        assertThat(Headings.match(line))
                .get()
                .extracting(Headings.Match::section)
                .isEqualTo(section);
    }

    @Test
    void ordinaryLinesAreNotHeadings() {
        assertThat(Headings.match("Gained experience in customer service and sales."))
                .isEmpty();
        assertThat(Headings.match("Senior Software Engineer")).isEmpty();
        assertThat(Headings.match("Jan 2019 - Present")).isEmpty();
    }

    @Test
    void headingWithContentOnTheSameLineKeepsTheContent() {
        List<SectionBlock> blocks =
                SectionSegmenter.segment(SectionSegmenter.lines("Ann Lee\nSkills: Java, Go\nEducation\nBSc Physics"));

        assertThat(blocks)
                .extracting(SectionBlock::section)
                .containsExactly(Section.CONTACT, Section.SKILLS, Section.EDUCATION);
        assertThat(blocks.get(1).lines()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("Java, Go");
            assertThat(line.start()).isEqualTo("Ann Lee\nSkills: ".length());
        });
    }

    @Test
    void headingFollowedByASecondColumnStartsTheSection() {
        List<SectionBlock> blocks =
                SectionSegmenter.segment(SectionSegmenter.lines("Experience   Skills\nEngineer, Acme, 2019 - 2021"));

        assertThat(blocks).extracting(SectionBlock::section).containsExactly(Section.EXPERIENCE);
    }

    @Test
    void underlinesAreDropped() {
        List<SectionBlock> blocks =
                SectionSegmenter.segment(SectionSegmenter.lines("Education\n=========\nBA History"));

        assertThat(blocks.get(0).lines()).extracting(Line::text).containsExactly("BA History");
    }

    @Test
    void textWithoutHeadingsIsOneOtherSection() {
        List<SectionBlock> blocks =
                SectionSegmenter.segment(SectionSegmenter.lines("Ann Lee\nEngineer at Acme 2019 - 2021"));

        assertThat(blocks).singleElement().extracting(SectionBlock::section).isEqualTo(Section.OTHER);
    }
}
