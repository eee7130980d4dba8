package dev.shortlist.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.HashingEncoder;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.JobSpec;
import dev.shortlist.screening.requirements.RequirementExtractor;
import dev.shortlist.screening.requirements.RequirementKind;
import org.junit.jupiter.api.Test;

/**
 * A job whose title and text resemble candidates in general scores everyone higher; measured
 * against the shipped reference population, that background is taken out so a candidate's
 * best-matching job is the one that fits them.
 */
class BackgroundCorrectionTest {

    private final RequirementExtractor extractor = new RequirementExtractor(SmallTaxonomy.INSTANCE);
    private final SemanticIndexer indexer = new SemanticIndexer(new HashingEncoder());
    private final ReferencePopulation references = ReferencePopulation.embedded(indexer);
    private final ResumeScorer corrected = new ResumeScorer(SmallTaxonomy.INSTANCE, references);
    private final ResumeScorer uncorrected = new ResumeScorer(SmallTaxonomy.INSTANCE);

    private final JobRequirements generic = extractor.extract(JobSpec.ofText(
            "job-generic",
            1,
            "Team Member",
            "Work with customers and the team, manage daily tasks, answer calls and support the office."));
    private final JobRequirements specific = extractor.extract(
            JobSpec.ofText(
                    "job-pilot",
                    1,
                    "Airline Pilot",
                    "Fly commercial aircraft on scheduled routes, run preflight checklists and hold an airline transport licence."));

    private final CandidateProfile pilot = CandidateProfile.builder()
            .headline("First Officer")
            .summary("Airline pilot flying commercial aircraft on scheduled routes; preflight checklists every day; "
                    + "works with the team and answers customer questions at the gate.")
            .build();

    @Test
    void theShippedPopulationIsVaried() {
        assertThat(references.members()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(references.members()).extracting(m -> m.profile().headline()).doesNotHaveDuplicates();
        assertThat(references.members())
                .allSatisfy(m -> assertThat(m.embeddings().chunks()).isNotEmpty());
    }

    @Test
    void aGenericJobHasAHigherBackgroundThanASpecificOne() {
        double[] genericLevel = corrected.background(generic, indexer.embed(generic));
        double[] specificLevel = corrected.background(specific, indexer.embed(specific));

        assertThat(genericLevel[1]).isGreaterThan(specificLevel[1]);
    }

    @Test
    void theCorrectionLowersTheGenericJobAndIsExplained() {
        ResumeEmbeddings embeddings = indexer.embed(pilot);
        JobEmbeddings genericEmbeddings = indexer.embed(generic);

        ScreeningResult before = uncorrected.score(generic, genericEmbeddings, pilot, embeddings);
        ScreeningResult after = corrected.score(generic, genericEmbeddings, pilot, embeddings);

        double semanticBefore =
                before.subScore(RequirementKind.SEMANTIC).orElseThrow().score();
        SubScore semanticAfter = after.subScore(RequirementKind.SEMANTIC).orElseThrow();
        double[] level = corrected.background(generic, genericEmbeddings);
        if (level[1] > EmbeddingModel.MINILM_L6_V2_Q.calibration().typicalSemanticBackground()) {
            assertThat(semanticAfter.score()).isLessThan(semanticBefore);
            assertThat(semanticAfter.explanation())
                    .contains("Lowered")
                    .contains("resembles candidates in general more");
        } else {
            assertThat(semanticAfter.score()).isGreaterThanOrEqualTo(semanticBefore);
        }
    }

    @Test
    void aSpecialistsBestJobIsTheSpecificOne() {
        ResumeEmbeddings embeddings = indexer.embed(pilot);

        ScreeningResult genericResult = corrected.score(generic, indexer.embed(generic), pilot, embeddings);
        ScreeningResult specificResult = corrected.score(specific, indexer.embed(specific), pilot, embeddings);

        assertThat(specificResult.score()).isGreaterThan(genericResult.score());
    }

    @Test
    void theCorrectionIsDeterministic() {
        ResumeEmbeddings embeddings = indexer.embed(pilot);
        JobEmbeddings jobEmbeddings = indexer.embed(generic);
        ScreeningResult first = corrected.score(generic, jobEmbeddings, pilot, embeddings);
        ScreeningResult again = new ResumeScorer(SmallTaxonomy.INSTANCE, ReferencePopulation.embedded(indexer))
                .score(generic, jobEmbeddings, pilot, embeddings);

        assertThat(again).isEqualTo(first);
    }
}
