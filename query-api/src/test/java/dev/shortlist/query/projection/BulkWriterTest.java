package dev.shortlist.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkWriterTest {

    @Test
    void aVersionConflictIsAnAlreadyAppliedWriteNotAFailure() {
        assertThat(BulkWriter.outcome(409, "version_conflict_engine_exception")).isEqualTo(BulkWriter.Outcome.STALE);
    }

    @Test
    void aDocumentElasticsearchCannotMapIsRejectedForTheDeadLetterTopic() {
        assertThat(BulkWriter.outcome(400, "document_parsing_exception")).isEqualTo(BulkWriter.Outcome.REJECTED);
        assertThat(BulkWriter.outcome(400, "strict_dynamic_mapping_exception")).isEqualTo(BulkWriter.Outcome.REJECTED);
    }

    @Test
    void clusterConditionsAreRetriedEvenWhenAnsweredWithA4xx() {
        assertThat(BulkWriter.outcome(400, "index_closed_exception")).isEqualTo(BulkWriter.Outcome.RETRYABLE);
        assertThat(BulkWriter.outcome(429, "es_rejected_execution_exception")).isEqualTo(BulkWriter.Outcome.RETRYABLE);
        assertThat(BulkWriter.outcome(404, "index_not_found_exception")).isEqualTo(BulkWriter.Outcome.RETRYABLE);
        assertThat(BulkWriter.outcome(503, null)).isEqualTo(BulkWriter.Outcome.RETRYABLE);
        assertThat(BulkWriter.outcome(201, null)).isEqualTo(BulkWriter.Outcome.WRITTEN);
    }
}
