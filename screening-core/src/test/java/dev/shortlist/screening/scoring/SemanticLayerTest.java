package dev.shortlist.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.EmbeddedChunk;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.OnnxSentenceEncoder;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.requirements.RequirementKind;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real in-process MiniLM model (≈ 1-2 s). */
class SemanticLayerTest {

    private static SemanticIndexer indexer;
    private final RequirementExtractor extractor = new RequirementExtractor(SmallTaxonomy.INSTANCE);
    private final ResumeScorer scorer = new ResumeScorer(SmallTaxonomy.INSTANCE);

    @BeforeAll
    static void model() {
        indexer = new SemanticIndexer(new OnnxSentenceEncoder(EmbeddingModel.MINILM_L6_V2_Q));
    }

    private static final CandidateProfile NURSE = CandidateProfile.builder()
            .headline("Registered Nurse")
            .summary("Compassionate registered nurse with six years on a busy intensive care unit.")
            .experience(
                    "Staff Nurse, ICU",
                    YearMonth.of(2019, 1),
                    null,
                    70,
                    "Cared for critically ill patients on ventilators, administered medication, educated families.")
            .build();

    @Test
    void aResumeIsSemanticallyCloserToItsOwnOccupation() {
        JobRequirements nursing = extractor.extract(
                JobSpec.ofText(
                        "rn",
                        1,
                        "Registered Nurses",
                        "Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records."));
        JobRequirements accounting = extractor.extract(JobSpec.ofText(
                "acc",
                1,
                "Accountants and Auditors",
                "Examine, analyze, and interpret accounting records to prepare financial statements."));
        ResumeEmbeddings resume = indexer.embed(NURSE);

        ScreeningResult asNurse = scorer.score(nursing, indexer.embed(nursing), NURSE, resume);
        ScreeningResult asAccountant = scorer.score(accounting, indexer.embed(accounting), NURSE, resume);

        double nurseSemantic =
                asNurse.subScore(RequirementKind.SEMANTIC).orElseThrow().score();
        double accountantSemantic =
                asAccountant.subScore(RequirementKind.SEMANTIC).orElseThrow().score();
        assertThat(nurseSemantic).isGreaterThan(accountantSemantic + 0.2);
        assertThat(asNurse.score()).isGreaterThan(asAccountant.score());
        assertThat(asNurse.modelVersions()).containsEntry("embedding", EmbeddingModel.MINILM_L6_V2_Q.version());
    }

    @Test
    void aFreeTextRequirementWordedDifferentlyMatchesSemantically() {
        JobRequirements job = extractor.extract(JobSpec.ofText("rn", 1, "Nurse", "Hospital nursing.")
                .withSkills(
                        List.of(
                                "caring for critically ill patients in intensive care",
                                "commercial real estate appraisal"),
                        List.of()));

        ScreeningResult result = scorer.score(job, indexer.embed(job), NURSE, indexer.embed(NURSE));

        assertThat(result.matched()).anySatisfy(m -> {
            assertThat(m.requirement()).isEqualTo("caring for critically ill patients in intensive care");
            assertThat(m.matchType()).isEqualTo(MatchType.SEMANTIC);
            assertThat(m.evidence()).isNotEmpty();
        });
        assertThat(result.missing())
                .extracting(MissingRequirement::requirement)
                .containsExactly("commercial real estate appraisal");
    }

    @Test
    void blankTextsAreNeverEmbedded() {
        CandidateProfile sparse = CandidateProfile.builder()
                .headline("  ")
                .summary("")
                .skillsText(" ")
                .experience("Nurse", null, null, 0, "")
                .build();
        ResumeEmbeddings embeddings = indexer.embed(sparse);
        assertThat(embeddings.chunks()).extracting(EmbeddedChunk::text).containsExactly("Nurse", "Nurse.");
    }
}
