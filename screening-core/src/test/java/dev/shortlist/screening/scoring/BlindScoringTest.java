package dev.shortlist.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.CandidateProfiles;
import dev.shortlist.screening.embedding.HashingEncoder;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.parsing.ParseOutcome;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import dev.shortlist.screening.taxonomy.Taxonomies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same resume under different names, genders, birth dates and locations goes through the
 * real parser and the profile mapper, and scores identically.
 */
class BlindScoringTest {

    private static final String BODY = """
            Summary
            Registered nurse with 7 years in intensive care; cut medication errors by 30% on a 24-bed unit.

            Experience
            Charge Nurse, St. Mary Hospital  03/2019 - Present
            Led a team of 12 nurses in the ICU; patient assessment, ventilator care, EPIC charting.
            Registered Nurse, County Medical Center  01/2016 - 02/2019
            Critical care nursing, medication administration, patient education.

            Education
            Bachelor of Science in Nursing, State University, 2015

            Skills
            Patient assessment, Critical care, Microsoft Excel, Microsoft Word, Team leadership

            Languages
            English (native), Spanish (fluent)
            """;

    private static final String[][] PEOPLE = {
        {
            "Emily Johnson",
            "she/her",
            "Mrs.",
            "Austin, TX 78701",
            "emily.johnson@example.com",
            "+1 512 555 0100",
            "Born 12 March 1990"
        },
        {
            "Mohammed Al-Rashid",
            "he/him",
            "Mr.",
            "Berlin, Germany",
            "m.alrashid@example.org",
            "+49 30 1234567",
            "Date of birth: 1971-01-05"
        },
        {"Wei Zhang", "they/them", "", "Lagos, Nigeria", "wzhang@example.net", "+234 803 123 4567", "Age: 58"}
    };

    private static ResumeParser parser;
    private static SkillTaxonomy taxonomy;

    @BeforeAll
    static void parser() {
        taxonomy = Taxonomies.curated();
        parser = new ResumeParser(ParserSettings.defaults(), taxonomy);
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    private static CandidateProfile parse(String[] person) {
        String resume = person[2] + " " + person[0] + " (" + person[1] + ")\n" + person[3] + "\n" + person[4] + " | "
                + person[5] + "\n" + person[6] + "\n\n" + BODY;
        ParseOutcome outcome = parser.parse(resume.getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 11, 1));
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return CandidateProfiles.from(((ParseOutcome.Parsed) outcome).profile());
    }

    @Test
    void namesGendersAgesAndLocationsDoNotChangeTheScore() {
        JobRequirements job = new RequirementExtractor(taxonomy)
                .extract(JobSpec.ofText("icu", 1, "ICU Registered Nurse", """
                Requirements:
                - At least 5 years of critical care nursing experience.
                - Bachelor's degree in Nursing.
                - Fluent English; Spanish is a plus.
                - Patient assessment and ventilator care.
                """)
                        .withSkills(
                                List.of("Patient assessment", "Critical care", "Epic"), List.of("Microsoft Excel")));
        ResumeScorer scorer = new ResumeScorer(taxonomy);
        HashingEncoder encoder = new HashingEncoder();
        SemanticIndexer indexer = new SemanticIndexer(encoder);
        JobEmbeddings jobEmbeddings = indexer.embed(job);

        List<CandidateProfile> profiles =
                java.util.Arrays.stream(PEOPLE).map(BlindScoringTest::parse).toList();
        List<ScreeningResult> results = profiles.stream()
                .map(p -> scorer.score(job, jobEmbeddings, p, indexer.embed(p)))
                .toList();

        for (CandidateProfile profile : profiles) {
            String everything = profile.toString();
            for (String[] person : PEOPLE) {
                for (String personal : person) {
                    if (!personal.isBlank()) {
                        assertThat(everything).doesNotContain(personal);
                    }
                }
            }
        }
        ScreeningResult first = results.get(0);
        assertThat(first.score()).isGreaterThan(0);
        assertThat(first.subScores())
                .extracting(SubScore::category)
                .contains(RequirementKind.SEMANTIC, RequirementKind.EXPERIENCE);
        for (ScreeningResult other : results.subList(1, results.size())) {
            assertThat(other.score()).isEqualTo(first.score());
            assertThat(other.band()).isEqualTo(first.band());
            assertThat(other.subScores()).isEqualTo(first.subScores());
            assertThat(other.missing()).isEqualTo(first.missing());
            assertThat(other.suggestions()).isEqualTo(first.suggestions());
            // Evidence offsets shift with the header's length; what matched does not.
            assertThat(other.matched())
                    .extracting(
                            MatchedRequirement::requirement,
                            MatchedRequirement::matchType,
                            MatchedRequirement::matchedAs)
                    .isEqualTo(first.matched().stream()
                            .map(m ->
                                    org.assertj.core.groups.Tuple.tuple(m.requirement(), m.matchType(), m.matchedAs()))
                            .toList());
        }
    }
}
