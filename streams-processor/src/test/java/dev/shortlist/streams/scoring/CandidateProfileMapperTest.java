package dev.shortlist.streams.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.EmbeddedChunk;
import dev.shortlist.screening.embedding.EmbeddingModel;
import dev.shortlist.screening.embedding.OnnxSentenceEncoder;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.streams.TestEvents;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real in-process MiniLM model (≈ 1-2 s). */
class CandidateProfileMapperTest {

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
    void embeddingsSurviveTheParsedEvent() {
        ResumeEmbeddings full =
                new SemanticIndexer(new OnnxSentenceEncoder(EmbeddingModel.MINILM_L6_V2_Q)).embed(NURSE);
        ResumeParsed parsed = TestEvents.profile(List.of("Nursing"));
        CandidateProfileMapper.attach(parsed, full);
        ResumeEmbeddings copy =
                CandidateProfileMapper.embeddings(parsed, full.modelVersion()).orElseThrow();
        assertThat(copy.modelVersion()).isEqualTo(full.modelVersion());
        assertThat(copy.chunks())
                .extracting(EmbeddedChunk::source)
                .containsExactlyElementsOf(
                        full.chunks().stream().map(EmbeddedChunk::source).toList());
        assertThat(copy.chunks()).hasSameSizeAs(full.chunks());
        for (int i = 0; i < full.chunks().size(); i++) {
            assertThat(copy.chunks().get(i).vector())
                    .containsExactly(full.chunks().get(i).vector());
        }
        assertThat(CandidateProfileMapper.embeddings(parsed, "another-model")).isEmpty();
    }
}
