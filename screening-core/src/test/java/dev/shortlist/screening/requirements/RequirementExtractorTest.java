package dev.shortlist.screening.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.scoring.SmallTaxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementExtractorTest {

    private final RequirementExtractor extractor = new RequirementExtractor(SmallTaxonomy.INSTANCE);

    private JobRequirements extract(String description) {
        return extractor.extract(JobSpec.ofText("job-1", 1, "Backend Engineer", description));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We need 5+ years of experience with distributed systems.|5.0",
                "At least 3 years in a similar role.|3.0",
                "A minimum of two years of customer-facing work.|2.0",
                "3-5 years of backend development.|3.0",
                "You bring 4 years' professional experience in finance.|4.0"
            })
    void readsMinimumYearsFromTheDescription(String sentence, double years) {
        assertThat(extract(sentence).minimumYears()).isEqualTo(years);
    }

    @Test
    void statesNoMinimumWhenTheDescriptionHasNone() {
        assertThat(extract("Join a friendly team building payment systems.").minimumYears())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bachelor's degree in Computer Science or a related field.|BACHELOR",
                "A Bachelor's or Master's degree in Finance is required.|BACHELOR",
                "MBA preferred.|MASTER",
                "PhD in machine learning required.|DOCTORATE",
                "High school diploma or GED.|HIGH_SCHOOL"
            })
    void readsTheDegreeLevel(String sentence, EducationLevel level) {
        assertThat(extract(sentence).educationLevel()).isEqualTo(level);
    }

    @Test
    void aRequiredDegreeWinsOverAPreferredOne() {
        JobRequirements job = extract("Bachelor's degree required. MBA preferred.");
        assertThat(job.educationLevel()).isEqualTo(EducationLevel.BACHELOR);
    }

    @Test
    void splitsRequiredAndPreferredSkillsByHeadingsAndSentenceCues() {
        JobRequirements job = extract("""
                What you will do:
                - Build services in Java.
                Requirements:
                - Solid Kubernetes experience
                - You have used PostgreSQL in production
                Nice to have:
                - Terraform
                Experience with Kafka is a plus. Python is a must.
                """);

        assertThat(job.requiredSkills())
                .extracting(s -> s.skill().name())
                .containsExactlyInAnyOrder("Java", "Kubernetes", "PostgreSQL", "Python");
        assertThat(job.preferredSkills())
                .extracting(s -> s.skill().name())
                .containsExactlyInAnyOrder("Terraform", "Apache Kafka");
        assertThat(job.extracted()).contains("skills");
    }

    @Test
    void skipsBenefitsSections() {
        JobRequirements job = extract("""
                Requirements:
                - Java
                Benefits:
                - Free Kubernetes training budget
                """);
        assertThat(job.skills()).extracting(s -> s.skill().name()).containsExactly("Java");
    }

    @Test
    void readsRequiredSpokenLanguagesButNotNiceToHaveOnes() {
        JobRequirements job = extract("Fluent German and good written English are required. French is a plus.");
        assertThat(job.languages()).containsExactly("de", "en");
    }

    @Test
    void recruiterTypedSkillsResolveThroughAliasesAndUnknownOnesStayFreeText() {
        JobSpec spec = JobSpec.ofText("job-1", 1, "Platform Engineer", "Requirements: Java.")
                .withSkills(List.of("k8s", "Postgres", "underwater basket weaving"), List.of("Terraform"));

        JobRequirements job = extractor.extract(spec);

        assertThat(job.requiredSkills())
                .extracting(
                        SkillRequirement::text,
                        s -> s.resolved().map(x -> x.id()).orElse("free text"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("k8s", "tech.kubernetes"),
                        org.assertj.core.groups.Tuple.tuple("Postgres", "tech.postgresql"),
                        org.assertj.core.groups.Tuple.tuple("underwater basket weaving", "free text"));
        assertThat(job.preferredSkills()).extracting(SkillRequirement::text).containsExactly("Terraform");
        // Typed skills replace extraction: Java in the description is not added.
        assertThat(job.skills()).noneMatch(s -> s.text().equals("Java"));
    }

    @Test
    void structuredFieldsWinOverTheDescription() {
        JobSpec spec = new JobSpec(
                "job-1",
                2,
                "Analyst",
                "At least 10 years of experience. PhD required.",
                List.of(),
                List.of(),
                3.0,
                EducationLevel.BACHELOR,
                List.of("English"),
                null);

        JobRequirements job = extractor.extract(spec);

        assertThat(job.minimumYears()).isEqualTo(3.0);
        assertThat(job.educationLevel()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(job.languages()).containsExactly("en");
        assertThat(job.weights()).isEqualTo(ScoringWeights.DEFAULTS);
    }
}
