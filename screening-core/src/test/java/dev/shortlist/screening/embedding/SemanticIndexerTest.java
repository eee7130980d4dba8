package dev.shortlist.screening.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.scoring.ResumeScorer;
import dev.shortlist.screening.scoring.SmallTaxonomy;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Which parts of a resume are embedded, and how embeddings made with another limit are read. */
class SemanticIndexerTest {

    private static final CandidateProfile ACCOUNTANT = CandidateProfile.builder()
            .headline("Senior Accountant")
            .summary("Accountant with eight years of month-end close, audits and tax filings for manufacturers.")
            .skillsText("QuickBooks, SAP, Excel, GAAP, reconciliations, payroll")
            .experience(
                    "Senior Accountant",
                    YearMonth.of(2019, 1),
                    null,
                    70,
                    "Led the month-end close and the annual audit.")
            .experience(
                    "Staff Accountant",
                    YearMonth.of(2015, 3),
                    YearMonth.of(2018, 12),
                    45,
                    "Reconciled accounts, prepared tax returns.")
            .build();

    private final HashingEncoder encoder = new HashingEncoder();

    @Test
    void aResumeIsEmbeddedAsItsTitlesAndItsSummaryByDefault() {
        ResumeEmbeddings embeddings = new SemanticIndexer(encoder).embed(ACCOUNTANT);

        assertThat(embeddings.chunks())
                .extracting(EmbeddedChunk::source)
                .containsExactly(ResumeEmbeddings.TITLE, "SUMMARY");
        assertThat(embeddings.titles()).map(EmbeddedChunk::text).contains("Senior Accountant; Staff Accountant");
    }

    @Test
    void embeddingsStoredWithMoreChunksScoreAsIfEmbeddedWithTheCurrentLimit() {
        SemanticIndexer current = new SemanticIndexer(encoder);
        ResumeEmbeddings stored =
                new SemanticIndexer(encoder, SemanticIndexer.DEFAULT_CHUNK_WORDS, 4).embed(ACCOUNTANT);
        assertThat(stored.chunks()).hasSize(4);

        ResumeEmbeddings limited = current.limited(stored);
        ResumeEmbeddings fresh = current.embed(ACCOUNTANT);
        assertThat(limited.chunks())
                .extracting(EmbeddedChunk::text)
                .containsExactlyElementsOf(
                        fresh.chunks().stream().map(EmbeddedChunk::text).toList());

        RequirementExtractor extractor = new RequirementExtractor(SmallTaxonomy.INSTANCE);
        JobRequirements job = extractor.extract(JobSpec.ofText(
                "acc",
                1,
                "Accountants and Auditors",
                "Examine, analyze, and interpret accounting records to prepare financial statements."));
        JobEmbeddings jobEmbeddings = current.embed(job);
        ResumeScorer scorer = new ResumeScorer(SmallTaxonomy.INSTANCE);
        assertThat(scorer.score(job, jobEmbeddings, ACCOUNTANT, limited))
                .isEqualTo(scorer.score(job, jobEmbeddings, ACCOUNTANT, fresh));
    }
}
