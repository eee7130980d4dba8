package dev.shortlist.screening.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The headline is the title a candidate writes at the top, and never the name or contact line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadlineExtractorTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    private ResumeParser parser;

    @BeforeAll
    void buildParser() {
        parser = new ResumeParser(ParserSettings.defaults(), TestTaxonomy.create());
    }

    @AfterAll
    void closeParser() {
        parser.close();
    }

    @Test
    void titleUnderTheName() {
        ResumeProfile p = parse("""
                Jane Doe
                Senior Backend Engineer
                Austin, TX | jane.doe@example.com | (512) 471-3434
                Experience
                Software Engineer, Acme Corp
                Jan 2019 – Present
                """);
        assertThat(p.contact().name()).isEqualTo("Jane Doe");
        assertThat(p.headline()).isEqualTo("Senior Backend Engineer");
    }

    @Test
    void titleOnTheFirstLineWithoutAName() {
        ResumeProfile p = parse("""
                CHILD FAMILY ADVOCATE
                Professional Profile
                Fearless advocate for children and families.
                Experience
                Child Family Advocate, County Services
                Jan 2019 – Present
                """);
        assertThat(p.headline()).isEqualTo("CHILD FAMILY ADVOCATE");
    }

    @Test
    void titleSharedWithTheNameLineTakesOnlyTheTitleSegment() {
        ResumeProfile p = parse("""
                Maria Lopez | Registered Nurse | maria@example.com
                Experience
                Staff Nurse, General Hospital
                Jan 2019 – Present
                """);
        assertThat(p.headline()).isEqualTo("Registered Nurse");
    }

    @Test
    void titleConfirmedByTheExperienceSection() {
        ResumeProfile p = parse("""
                AUTOMOBILE TRANSPORTER
                Summary
                Class A driver with a clean record.
                Experience
                Automobile Transporter, Car Haulers Inc
                Jan 2019 – Present
                """);
        assertThat(p.headline()).isEqualTo("AUTOMOBILE TRANSPORTER");
    }

    @Test
    void noHeadlineFromANameContactsOrAnAddress() {
        ResumeProfile p = parse("""
                John Baker
                12 Main Street, Springfield, IL 62701
                john.baker@example.com | +1 217 555 0100
                Experience
                Baker, Corner Bakery
                Jan 2019 – Present
                """);
        assertThat(p.contact().name()).isEqualTo("John Baker");
        assertThat(p.headline()).isNull();
    }

    @Test
    void aTitleAfterTheFirstHeadingIsNotAHeadline() {
        ResumeProfile p = parse("""
                Summary
                Accountant with five years of audit work.
                Experience
                Staff Accountant, Ledger LLP
                Jan 2019 – Present
                """);
        assertThat(p.headline()).isNull();
    }

    private ResumeProfile parse(String text) {
        return parser.parseText(text, "text/plain", REFERENCE);
    }
}
