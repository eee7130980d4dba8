package dev.shortlist.query.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.shortlist.query.system.InvalidRequestException;
import dev.shortlist.query.system.OrganizationId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingFilterTest {

    private static final OrganizationId ORG = new OrganizationId("org-a");

    @Test
    void everyFilterIsANonScoringClauseScopedToTheOrganizationAndJob() {
        Query query = RankingFilter.of(70.0, List.of("strong,good"), List.of("Java", "Kafka"), null)
                .toQuery(ORG, "JOB_1");

        String json = query.toString();
        assertThat(query.bool().filter()).hasSize(7);
        assertThat(query.bool().must()).isEmpty();
        assertThat(json)
                .contains(
                        "\"organizationId\":{\"value\":\"org-a\"}",
                        "\"jobId\":{\"value\":\"JOB_1\"}",
                        "\"status\":{\"value\":\"SCORED\"}",
                        "\"gte\":70.0",
                        "\"STRONG\"",
                        "\"GOOD\"",
                        "\"matchedSkills\":{\"value\":\"Java\"}",
                        "\"matchedSkills\":{\"value\":\"Kafka\"}");
        assertThat(query.bool().mustNot())
                .singleElement()
                .satisfies(q -> assertThat(q.term().field()).isEqualTo("erased"));
    }

    @Test
    void textSearchesTheMatchedEvidence() {
        Query query = RankingFilter.of(null, null, null, " event sourcing ").toQuery(ORG, "JOB_1");

        assertThat(query.bool().must())
                .singleElement()
                .satisfies(q -> assertThat(q.match().field()).isEqualTo("text"))
                .satisfies(q -> assertThat(q.match().query().stringValue()).isEqualTo("event sourcing"));
    }

    @Test
    void outOfRangeScoresAndUnknownBandsAreRejected() {
        assertThatThrownBy(() -> RankingFilter.of(101.0, null, null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> RankingFilter.of(null, List.of("excellent"), null, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("EXCELLENT");
    }
}
