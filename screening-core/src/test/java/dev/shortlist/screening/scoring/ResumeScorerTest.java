package dev.shortlist.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.EvidenceSpan;
import dev.shortlist.screening.requirements.EducationLevel;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.requirements.ScoringWeights;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeScorerTest {

    private final RequirementExtractor extractor = new RequirementExtractor(SmallTaxonomy.INSTANCE);
    private final ResumeScorer scorer = new ResumeScorer(SmallTaxonomy.INSTANCE);

    private JobRequirements backendJob(List<String> required, Double minimumYears) {
        return extractor.extract(JobSpec.ofText("job-1", 3, "Backend Engineer", "Build and run our payment services.")
                .withSkills(required, List.of("Terraform"))
                .withMinimumYears(minimumYears));
    }

    private static CandidateProfile.Builder backendDeveloper() {
        return CandidateProfile.builder()
                .headline("Backend Engineer")
                .summary("Backend engineer who cut checkout latency by 40% for 2 million users.")
                .skill("tech.java", "Java", 60, new EvidenceSpan("SKILLS", 10, 14, "Java"))
                .skill("tech.kubernetes", "Kubernetes", 24, new EvidenceSpan("SKILLS", 16, 26, "Kubernetes"))
                .skill("tech.postgresql", "PostgreSQL", 36, new EvidenceSpan("SKILLS", 28, 38, "PostgreSQL"))
                .experience(
                        "Senior Backend Engineer",
                        YearMonth.of(2019, 1),
                        null,
                        72,
                        "Java services on Kubernetes, 12 engineers.")
                .education(EducationLevel.BACHELOR, "Computer Science")
                .language("en")
                .totalYears(6);
    }

    @Test
    void aMissingRequiredSkillLowersTheScoreAndIsReportedAsMissing() {
        JobRequirements job = backendJob(List.of("Java", "Kubernetes", "Apache Kafka"), 3.0);
        CandidateProfile withKafka =
                backendDeveloper().skill("tech.kafka", "Apache Kafka", 12).build();
        CandidateProfile withoutKafka = backendDeveloper().build();

        ScreeningResult full = scorer.score(job, withKafka);
        ScreeningResult partial = scorer.score(job, withoutKafka);

        assertThat(partial.score()).isLessThan(full.score());
        assertThat(partial.missing()).anySatisfy(m -> {
            assertThat(m.requirement()).isEqualTo("Apache Kafka");
            assertThat(m.kind()).isEqualTo(RequirementKind.REQUIRED_SKILL);
            assertThat(m.detail()).contains("Kafka");
        });
        assertThat(full.missing()).noneMatch(m -> m.kind() == RequirementKind.REQUIRED_SKILL);
        assertThat(partial.suggestions())
                .anySatisfy(s -> assertThat(s).contains("Required skills not shown: Apache Kafka"));
    }

    @Test
    void aliasesMatchTheSameSkillBothWays() {
        JobRequirements askedAsAlias = backendJob(List.of("k8s"), null);
        ScreeningResult result = scorer.score(askedAsAlias, backendDeveloper().build());
        assertThat(result.matched()).anySatisfy(m -> {
            assertThat(m.requirement()).isEqualTo("k8s");
            assertThat(m.matchType()).isEqualTo(MatchType.ALIAS);
            assertThat(m.evidence()).extracting(EvidenceSpan::text).containsExactly("Kubernetes");
        });
        assertThat(result.subScore(RequirementKind.REQUIRED_SKILL).orElseThrow().score())
                .isEqualTo(1.0);

        CandidateProfile writesK8s = CandidateProfile.builder()
                .headline("Backend Engineer")
                .skill("tech.kubernetes", "Kubernetes", 12, new EvidenceSpan("SKILLS", 0, 3, "k8s"))
                .build();
        ScreeningResult reverse = scorer.score(backendJob(List.of("Kubernetes"), null), writesK8s);
        assertThat(reverse.matched()).anySatisfy(m -> {
            assertThat(m.matchType()).isEqualTo(MatchType.ALIAS);
            assertThat(m.matchedAs()).isEqualTo("k8s");
        });
    }

    @Test
    void aRelatedSkillEarnsPartialCredit() {
        CandidateProfile mysqlOnly = CandidateProfile.builder()
                .headline("Backend Engineer")
                .skill("tech.mysql", "MySQL", 24, new EvidenceSpan("SKILLS", 0, 5, "MySQL"))
                .build();

        ScreeningResult result = scorer.score(backendJob(List.of("PostgreSQL"), null), mysqlOnly);

        assertThat(result.subScore(RequirementKind.REQUIRED_SKILL).orElseThrow().score())
                .isEqualTo(ResumeScorer.RELATED_CREDIT);
        assertThat(result.matched()).anySatisfy(m -> {
            assertThat(m.matchType()).isEqualTo(MatchType.RELATED);
            assertThat(m.matchedAs()).isEqualTo("MySQL");
        });
    }

    @Test
    void moreRelevantExperienceRanksHigher() {
        JobRequirements job = backendJob(List.of("Java"), 5.0);
        CandidateProfile twoYears = profileWithRole("Backend Engineer", 24, 2);
        CandidateProfile fourYears = profileWithRole("Backend Engineer", 48, 4);
        CandidateProfile fourYearsElsewhere = profileWithRole("Sales Manager", 48, 4);

        double two = scorer.score(job, twoYears).score();
        double four = scorer.score(job, fourYears).score();
        double elsewhere = scorer.score(job, fourYearsElsewhere).score();

        assertThat(four).isGreaterThan(two);
        assertThat(four).isGreaterThan(elsewhere);
        assertThat(scorer.score(job, twoYears).missing())
                .anySatisfy(m -> assertThat(m.kind()).isEqualTo(RequirementKind.EXPERIENCE));
    }

    private static CandidateProfile profileWithRole(String title, int months, double years) {
        return CandidateProfile.builder()
                .skill("tech.java", "Java", months)
                .experience(title, YearMonth.of(2020, 1), null, months, "Worked on billing.")
                .totalYears(years)
                .build();
    }

    @Test
    void aCategoryTheJobDoesNotStateNeitherHelpsNorPunishes() {
        JobRequirements noMinimum = backendJob(List.of("Java"), null);
        double junior = scorer.score(noMinimum, profileWithRole("Backend Engineer", 6, 0.5))
                .score();
        double veteran = scorer.score(noMinimum, profileWithRole("Backend Engineer", 240, 20))
                .score();

        assertThat(junior).isEqualTo(veteran);
        assertThat(scorer.score(noMinimum, profileWithRole("Backend Engineer", 6, 0.5))
                        .subScore(RequirementKind.EXPERIENCE))
                .isEmpty();
    }

    @Test
    void weightsChangeTheRankingAsTheRecruiterAsks() {
        CandidateProfile skilledOutsider = CandidateProfile.builder()
                .headline("Data Analyst")
                .skill("tech.java", "Java", 36)
                .skill("tech.kubernetes", "Kubernetes", 36)
                .skill("tech.postgresql", "PostgreSQL", 36)
                .build();
        CandidateProfile titledNewcomer = CandidateProfile.builder()
                .headline("Backend Engineer")
                .skill("tech.java", "Java", 6)
                .build();
        JobSpec spec = JobSpec.ofText("job-1", 1, "Backend Engineer", "Payments.")
                .withSkills(List.of("Java", "Kubernetes", "PostgreSQL"), List.of());

        JobRequirements skillsFirst = extractor.extract(spec);
        JobRequirements titleFirst = extractor.extract(spec.withWeights(new ScoringWeights(0.1, 0, 0, 0, 0.9, 0, 0)));

        assertThat(scorer.score(skillsFirst, skilledOutsider).score())
                .isGreaterThan(scorer.score(skillsFirst, titledNewcomer).score());
        assertThat(scorer.score(titleFirst, titledNewcomer).score())
                .isGreaterThan(scorer.score(titleFirst, skilledOutsider).score());
        assertThat(scorer.score(titleFirst, titledNewcomer)
                        .subScore(RequirementKind.TITLE)
                        .orElseThrow()
                        .weight())
                .isEqualTo(0.9);
    }

    @Test
    void bandsFollowTheDocumentedThresholds() {
        assertThat(Band.of(100)).isEqualTo(Band.STRONG);
        assertThat(Band.of(75)).isEqualTo(Band.STRONG);
        assertThat(Band.of(74.9)).isEqualTo(Band.GOOD);
        assertThat(Band.of(60)).isEqualTo(Band.GOOD);
        assertThat(Band.of(59.9)).isEqualTo(Band.PARTIAL);
        assertThat(Band.of(40)).isEqualTo(Band.PARTIAL);
        assertThat(Band.of(39.9)).isEqualTo(Band.WEAK);
        assertThat(Band.of(0)).isEqualTo(Band.WEAK);

        ScreeningResult perfect = scorer.score(
                backendJob(List.of("Java", "Kubernetes"), 3.0),
                backendDeveloper().skill("tech.terraform", "Terraform", 12).build());
        assertThat(perfect.band()).isEqualTo(Band.STRONG);
        ScreeningResult nothing = scorer.score(
                backendJob(List.of("Java", "Kubernetes"), 3.0),
                CandidateProfile.builder().build());
        assertThat(nothing.band()).isEqualTo(Band.WEAK);
    }

    @Test
    void theSameInputsGiveAnIdenticalResult() {
        JobRequirements job =
                backendJob(List.of("Java", "Kubernetes", "Apache Kafka", "stakeholder communication"), 5.0);
        ScreeningResult first = scorer.score(job, backendDeveloper().build());
        ScreeningResult second = new ResumeScorer(SmallTaxonomy.INSTANCE)
                .score(
                        backendJob(List.of("Java", "Kubernetes", "Apache Kafka", "stakeholder communication"), 5.0),
                        backendDeveloper().build());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void resultsCarryVersionsAndSuggestionsButNeverContactData() {
        CandidateProfile profile = backendDeveloper()
                .profileGap("email")
                .profileGap("phone")
                .experience("Backend Engineer", YearMonth.of(2012, 1), YearMonth.of(2015, 6), 42, "Services.")
                .build();

        ScreeningResult result = scorer.score(backendJob(List.of("Java"), 3.0), profile);

        assertThat(result.scorerVersion()).isEqualTo(ResumeScorer.VERSION);
        assertThat(result.taxonomyVersion()).isEqualTo("small-test-1");
        assertThat(result.jobRevision()).isEqualTo(3);
        assertThat(result.suggestions())
                .anySatisfy(s -> assertThat(s).contains("Missing contact fields: email, phone"));
        assertThat(result.suggestions()).anySatisfy(s -> assertThat(s).contains("gap between 2015-06 and 2019-01"));
        assertThat(result.subScores())
                .extracting(SubScore::weight)
                .allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0));
        assertThat(result.subScores().stream().mapToDouble(SubScore::weight).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aResumeWithoutNumbersGetsAQuantificationSuggestion() {
        CandidateProfile vague = CandidateProfile.builder()
                .headline("Backend Engineer")
                .summary("Reliable engineer.")
                .experience("Backend Engineer", YearMonth.of(2020, 1), null, 30, "Built services and fixed bugs.")
                .build();

        assertThat(scorer.score(backendJob(List.of("Java"), null), vague).suggestions())
                .anySatisfy(s -> assertThat(s).startsWith("No quantified achievements"));
        assertThat(scorer.score(
                                backendJob(List.of("Java"), null),
                                backendDeveloper().build())
                        .suggestions())
                .noneMatch(s -> s.startsWith("No quantified achievements"));
    }
}
