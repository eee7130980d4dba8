package dev.shortlist.screening.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.candidate.CandidateProfiles;
import dev.shortlist.screening.candidate.ResumeFacts;
import dev.shortlist.screening.parsing.Contact;
import dev.shortlist.screening.parsing.ResumeProfile;
import dev.shortlist.screening.scoring.Violations;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The screening domain stays plain Java, and scoring cannot see who a candidate is: each rule also
 * runs against a class that breaks it, so a rule that matches nothing fails here instead of passing.
 */
class DomainBoundaryTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.shortlist.screening");

    private static final String[] PLUMBING = {
        "org.apache.kafka..",
        "org.springframework..",
        "org.apache.avro..",
        "co.elastic..",
        "org.elasticsearch..",
        "com.fasterxml.jackson..",
        "jakarta..",
        "dev.shortlist.schemas..",
        "dev.shortlist.streams..",
        "dev.shortlist.ingest..",
        "dev.shortlist.query..",
        "dev.shortlist.stack..",
        "dev.shortlist.tools.."
    };

    /** No Kafka, Spring, Avro, Jackson or Elasticsearch type, and none of the services' own. */
    private static final ArchRule NO_PLUMBING = noClasses()
            .that()
            .resideInAPackage("dev.shortlist.screening..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PLUMBING);

    /** Only the blind derivation reads a parsed profile; nothing that scores reads contact details. */
    private static final ArchRule BLIND_SCORING = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.shortlist.screening.scoring..",
                    "dev.shortlist.screening.embedding..",
                    "dev.shortlist.screening.requirements..",
                    "dev.shortlist.screening.candidate..")
            .and()
            .doNotHaveFullyQualifiedName(CandidateProfiles.class.getName())
            .and()
            .doNotHaveFullyQualifiedName(ResumeFacts.class.getName())
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(ResumeProfile.class, Contact.class);

    private static final ArchRule NO_CONTACT_IN_DERIVATION = classes()
            .that()
            .belongToAnyOf(CandidateProfiles.class, ResumeFacts.class)
            .should()
            .onlyDependOnClassesThat()
            .doNotHaveFullyQualifiedName(Contact.class.getName());

    /** The fields blind mode hides have no place in the scorer's input. */
    private static final ArchRule NO_PERSONAL_FIELDS = noPersonalFields(
            CandidateProfile.class,
            CandidateProfile.Experience.class,
            CandidateProfile.Education.class,
            ResumeFacts.class);

    private static ArchRule noPersonalFields(Class<?>... inputs) {
        Set<String> names = Arrays.stream(inputs).map(Class::getName).collect(Collectors.toSet());
        return fields().that()
                .areDeclaredInClassesThat(DescribedPredicate.describe("are " + names, c -> names.contains(c.getName())))
                .should()
                .haveNameNotMatching(
                        "(?i)name|.*(email|phone|address|birth|photo|contact|gender).*|location|sex|age|links");
    }

    @Test
    void theDomainHasNoPlumbing() {
        NO_PLUMBING.check(DOMAIN);
    }

    @Test
    void scoringNeverReadsContactDetails() {
        BLIND_SCORING.check(DOMAIN);
        NO_CONTACT_IN_DERIVATION.check(DOMAIN);
    }

    @Test
    void theScorersInputHasNoPersonalFields() {
        NO_PERSONAL_FIELDS.check(DOMAIN);
        assertThat(Arrays.stream(CandidateProfile.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactlyInAnyOrder(
                        "headline",
                        "summary",
                        "skillsText",
                        "skills",
                        "experience",
                        "education",
                        "languages",
                        "totalYears",
                        "profileGaps");
    }

    @Test
    void theRulesCatchAViolation() {
        JavaClasses violators = new ClassFileImporter()
                .importClasses(
                        Violations.PlumbingUser.class,
                        Violations.ContactReader.class,
                        Violations.Personal.class,
                        ResumeProfile.class,
                        Contact.class);
        assertThat(NO_PLUMBING.evaluate(violators)).satisfies(DomainBoundaryTest::violated);
        assertThat(BLIND_SCORING.evaluate(violators)).satisfies(DomainBoundaryTest::violated);
        assertThat(noPersonalFields(Violations.Personal.class).evaluate(violators))
                .satisfies(DomainBoundaryTest::violated);
    }

    private static void violated(EvaluationResult result) {
        assertThat(result.hasViolation())
                .as(result.getFailureReport().toString())
                .isTrue();
    }
}
