package dev.shortlist.streams.scoring;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loads the real in-process MiniLM model twice: our session and the artifact's own wrapper. */
class MiniLmSentenceEncoderTest {

    private static MiniLmSentenceEncoder encoder;

    private static final List<String> TEXTS = List.of(
            "Registered Nurse",
            "Senior accountant preparing monthly financial statements, reconciliations and audits in SAP.",
            "Chef de partie: ran the grill station for 120 covers, trained four line cooks, cut food waste 15%.",
            // far beyond the model's 128 tokens: both keep only the beginning
            "Managed the network ".repeat(80) + "and ended with something else entirely.");

    @BeforeAll
    static void load() {
        encoder = new MiniLmSentenceEncoder();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void givesTheVectorsOfTheArtifactsOwnWrapper() {
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        List<float[]> ours = encoder.encode(TEXTS);

        assertThat(ours).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] theirs = Vectors.normalised(reference.embed(TextSegment.from(TEXTS.get(i))).content().vector());
            assertThat(ours.get(i)).hasSize(384);
            assertThat(Vectors.cosine(ours.get(i), theirs)).as(TEXTS.get(i)).isGreaterThan(0.99999);
        }
    }

    @Test
    void isDeterministicAndUnitLength() {
        float[] first = encoder.encode(List.of(TEXTS.get(1))).get(0);
        float[] again = encoder.encode(List.of(TEXTS.get(1))).get(0);

        assertThat(again).containsExactly(first);
        assertThat(Vectors.cosine(first, first)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void refusesBlankText() {
        assertThatThrownBy(() -> encoder.encode(List.of("fine", "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
