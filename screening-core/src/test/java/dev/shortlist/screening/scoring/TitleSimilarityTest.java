package dev.shortlist.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How close a resume's title is to the job's, as a recruiter would read them. */
class TitleSimilarityTest {

    @Test
    void theSameOccupationWrittenDifferentlyMatches() {
        assertThat(TitleSimilarity.of("Accountants and Auditors", "Accountant")).isGreaterThan(0.6);
        assertThat(TitleSimilarity.of("Mechanical Engineers", "Mechanical Engineering Manager"))
                .isGreaterThan(0.5);
        assertThat(TitleSimilarity.of("Financial Analyst", "Finance Analyst")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("Registered Nurses", "Nursing Supervisor"))
                .isGreaterThan(0.3);
    }

    @Test
    void synonymsCountLessThanTheSameWordButMoreThanNothing() {
        double same = TitleSimilarity.of("Lawyers", "Lawyer");
        double synonym = TitleSimilarity.of("Lawyers", "Attorney");
        assertThat(synonym).isLessThan(same).isGreaterThan(0.5);
        assertThat(TitleSimilarity.of("Chefs and Head Cooks", "Line Cook")).isGreaterThan(0.4);
        assertThat(TitleSimilarity.of("Public Relations Specialists", "PR Specialist"))
                .isEqualTo(1.0);
    }

    @Test
    void aSalesAssociateIsCloserToSalesRepresentativesThanToSalesManagers() {
        assertThat(TitleSimilarity.of("Sales Representatives, Wholesale and Manufacturing", "Sales Associate"))
                .isGreaterThan(TitleSimilarity.of("Sales Managers", "Sales Associate"));
    }

    @Test
    void differentOccupationsStayApart() {
        assertThat(TitleSimilarity.of("Graphic Designers", "Registered Nurse")).isZero();
        assertThat(TitleSimilarity.of("Digital Media Specialist", "Medical Assistant"))
                .isLessThan(0.3);
        assertThat(TitleSimilarity.of("Construction Managers", "Sales Manager")).isLessThan(0.5);
    }

    @Test
    void aGenericHeadWordAloneIsNoOccupationalMatch() {
        assertThat(TitleSimilarity.of("Farmers, Ranchers, and Other Agricultural Managers", "General Manager"))
                .isLessThan(0.3);
        assertThat(TitleSimilarity.of("Construction Managers", "Manager")).isLessThan(0.3);
        assertThat(TitleSimilarity.of("Construction Managers", "Sales Manager")).isLessThan(0.2);
        assertThat(TitleSimilarity.of("Construction Managers", "Construction Project Manager"))
                .isGreaterThan(0.6);
        assertThat(TitleSimilarity.of("Agricultural Managers", "Farm Manager")).isGreaterThan(0.5);
    }

    @Test
    void stemsKeepAtLeastFourLetters() {
        assertThat(TitleSimilarity.stem("engineering")).isEqualTo(TitleSimilarity.stem("engineer"));
        assertThat(TitleSimilarity.stem("accountant")).isEqualTo(TitleSimilarity.stem("accounting"));
        assertThat(TitleSimilarity.stem("artist")).isEqualTo("artist");
        assertThat(TitleSimilarity.stem("media")).isNotEqualTo(TitleSimilarity.stem("medical"));
    }
}
