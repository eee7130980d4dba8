package dev.shortlist.screening.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loads each real in-process model twice: our session and the artifact's own wrapper. */
class OnnxSentenceEncoderTest {

    private static final Map<dev.shortlist.screening.embedding.EmbeddingModel, OnnxSentenceEncoder> encoders =
            new EnumMap<>(dev.shortlist.screening.embedding.EmbeddingModel.class);

    private static final List<String> TEXTS = List.of(
            "Registered Nurse",
            "Senior accountant preparing monthly financial statements, reconciliations and audits in SAP.",
            "Chef de partie: ran the grill station for 120 covers, trained four line cooks, cut food waste 15%.",
            // far beyond either model's input: both keep only the beginning
            "Managed the network ".repeat(200) + "and ended with something else entirely.");

    @BeforeAll
    static void load() {
        for (dev.shortlist.screening.embedding.EmbeddingModel model :
                dev.shortlist.screening.embedding.EmbeddingModel.values()) {
            encoders.put(model, new OnnxSentenceEncoder(model));
        }
    }

    @AfterAll
    static void close() {
        encoders.values().forEach(OnnxSentenceEncoder::close);
    }

    @ParameterizedTest
    @EnumSource(dev.shortlist.screening.embedding.EmbeddingModel.class)
    void givesTheVectorsOfTheArtifactsOwnWrapper(dev.shortlist.screening.embedding.EmbeddingModel model) {
        EmbeddingModel reference = switch (model) {
            case MINILM_L6_V2_Q -> new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
            case BGE_SMALL_EN_V15_Q -> new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
        };
        List<float[]> ours = encoders.get(model).encode(TEXTS);

        assertThat(ours).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] theirs = Vectors.normalised(
                    reference.embed(TextSegment.from(TEXTS.get(i))).content().vector());
            assertThat(ours.get(i)).hasSize(384);
            assertThat(Vectors.cosine(ours.get(i), theirs))
                    .as(model + ": " + TEXTS.get(i))
                    .isGreaterThan(0.99999);
        }
    }

    @ParameterizedTest
    @EnumSource(dev.shortlist.screening.embedding.EmbeddingModel.class)
    void ranksTheSameOccupationAboveAnotherOne(dev.shortlist.screening.embedding.EmbeddingModel model) {
        List<float[]> v =
                encoders.get(model).encode(List.of("Registered Nurse", "RN, intensive care unit", "Line Cook"));

        assertThat(Vectors.cosine(v.get(0), v.get(1))).isGreaterThan(Vectors.cosine(v.get(0), v.get(2)));
    }

    @Test
    void isDeterministicAndUnitLength() {
        OnnxSentenceEncoder encoder = encoders.get(dev.shortlist.screening.embedding.EmbeddingModel.MINILM_L6_V2_Q);
        float[] first = encoder.encode(List.of(TEXTS.get(1))).get(0);
        float[] again = encoder.encode(List.of(TEXTS.get(1))).get(0);

        assertThat(again).containsExactly(first);
        assertThat(Vectors.cosine(first, first)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void refusesBlankText() {
        OnnxSentenceEncoder encoder = encoders.get(dev.shortlist.screening.embedding.EmbeddingModel.MINILM_L6_V2_Q);
        assertThatThrownBy(() -> encoder.encode(List.of("fine", "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void carriesItsModelsVersionAndCalibration() {
        for (dev.shortlist.screening.embedding.EmbeddingModel model :
                dev.shortlist.screening.embedding.EmbeddingModel.values()) {
            assertThat(encoders.get(model).modelVersion()).isEqualTo(model.version());
            assertThat(encoders.get(model).calibration()).isEqualTo(model.calibration());
        }
    }
}
