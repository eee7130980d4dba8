package dev.shortlist.tools.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.parsing.Documents;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.parsing.TestTaxonomy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);
    private static ResumeParser parser;

    @BeforeAll
    static void parser() {
        parser = new ResumeParser(ParserSettings.defaults(), TestTaxonomy.create());
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void jsonRenderingCarriesTheProfileOrTheFailure() {
        String json = ProfileJson.write(
                parser.parse(
                        Documents.txt(
                                List.of("Ann Lee", "ann@example.com", "Experience", "Engineer, Acme, 2019 - 2021")),
                        REFERENCE),
                false);
        assertThat(json)
                .contains(
                        "\"status\" : \"PARSED\"",
                        "\"email\" : \"ann@example.com\"",
                        "\"start\" : \"2019-01-01\"",
                        "\"totalYears\" : 2.0",
                        "\"parserVersion\" : \"parser-1.2.0\"");

        String failed = ProfileJson.write(parser.parse(Documents.blankPdf(), REFERENCE), false);
        assertThat(failed).contains("\"status\" : \"FAILED\"", "\"reason\" : \"NO_TEXT\"");
    }
}
