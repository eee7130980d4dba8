package dev.shortlist.streams.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.resume.ChunkEmbedding;
import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.HashingEncoder;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.screening.embedding.SentenceEncoder;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.streams.TestEvents;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Resumes are embedded once, at parse time, and scoring reuses what the parsed event carries. */
class EmbeddingParsingAdapterTest {

    private final ResumeUploaded upload = TestEvents.upload("ORG_1", "RES_1", "file:sha256/x", "BATCH_1");
    private final CountingEncoder encoder = new CountingEncoder();
    private final SemanticIndexer indexer = new SemanticIndexer(encoder);

    @Test
    void aParsedResumeLeavesWithItsChunkEmbeddingsAndAUnitProfileVector() {
        ResumeParsed profile = TestEvents.profile(List.of("Java", "Kafka"));
        profile.setHeadline("Backend Engineer");

        ResumeParsingAdapter.Outcome outcome =
                new EmbeddingParsingAdapter(parsing(profile), indexer).parse(upload, new byte[0]);

        ResumeParsed parsed = ((ResumeParsingAdapter.Parsed) outcome).profile();
        assertThat(parsed.getEmbeddingModel()).isEqualTo("counting-test");
        assertThat(parsed.getEmbeddingChunks())
                .extracting(ChunkEmbedding::getSource)
                .containsExactly("TITLE", "SKILLS");
        assertThat(parsed.getEmbeddingChunks().get(0).getText()).isEqualTo("Backend Engineer");
        double norm =
                Math.sqrt(parsed.getEmbedding().stream().mapToDouble(v -> v * v).sum());
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        // blind: the contact record is never embedded
        assertThat(parsed.getEmbeddingChunks())
                .noneMatch(c -> c.getText().contains("Ada") || c.getText().contains("ada@"));
    }

    @Test
    void aFailedParseIsPassedOnUntouched() {
        ResumeParsingAdapter failing =
                adapter(new ResumeParsingAdapter.Failed(ParseFailureReason.NO_TEXT, "image only"));

        ResumeParsingAdapter.Outcome outcome = new EmbeddingParsingAdapter(failing, indexer).parse(upload, new byte[0]);

        assertThat(outcome).isEqualTo(new ResumeParsingAdapter.Failed(ParseFailureReason.NO_TEXT, "image only"));
        assertThat(encoder.texts.get()).isZero();
    }

    @Test
    void whenTheModelFailsTheProfileIsStillPublishedWithoutEmbeddings() {
        ResumeParsed profile = TestEvents.profile(List.of("Java"));
        SemanticIndexer broken = new SemanticIndexer(new CountingEncoder() {
            @Override
            public List<float[]> encode(List<String> texts) {
                throw new IllegalStateException("the embedding model failed on a text of 900 tokens");
            }
        });

        ResumeParsingAdapter.Outcome outcome =
                new EmbeddingParsingAdapter(parsing(profile), broken).parse(upload, new byte[0]);

        ResumeParsed parsed = ((ResumeParsingAdapter.Parsed) outcome).profile();
        assertThat(parsed.getSkills()).hasSize(1);
        assertThat(parsed.getEmbeddingChunks()).isEmpty();
        assertThat(parsed.getEmbedding()).isNull();
    }

    @Test
    void scoringReusesTheStoredEmbeddingsAndScoresAsIfItHadComputedThem() {
        JobDefinition job = TestEvents.definition("Backend Engineer", List.of("Java", "Kafka"));
        ResumeParsed embedded = TestEvents.profile(List.of("Java", "Kafka"));
        embedded.setHeadline("Backend Engineer");
        ResumeParsed plain = ResumeParsed.newBuilder(embedded).build();
        new EmbeddingParsingAdapter(parsing(embedded), indexer).parse(upload, new byte[0]);
        ResumeScorerAdapter scorer = new ResumeScorerAdapter(Taxonomies.curated(), indexer, 100);

        ScreeningScored fresh = scorer.score("JOB_1", 1, job, "RES_2", plain);
        int afterFresh = encoder.texts.get();
        ScreeningScored reused = scorer.score("JOB_1", 1, job, "RES_1", embedded);

        assertThat(encoder.texts.get())
                .as("no model call for a resume that carries its embeddings")
                .isEqualTo(afterFresh);
        assertThat(reused).isEqualTo(fresh);
        assertThat(reused.getModelVersions()).containsEntry("embedding", "counting-test");
    }

    @Test
    void embeddingsOfAnotherModelAreNotComparedButRecomputed() {
        JobDefinition job = TestEvents.definition("Backend Engineer", List.of("Java"));
        ResumeParsed embedded = TestEvents.profile(List.of("Java"));
        new EmbeddingParsingAdapter(parsing(embedded), indexer).parse(upload, new byte[0]);
        embedded.setEmbeddingModel("another-model@1");
        ResumeScorerAdapter scorer = new ResumeScorerAdapter(Taxonomies.curated(), indexer, 100);
        scorer.score("JOB_1", 1, job, "RES_0", TestEvents.profile(List.of("Kafka")));
        int before = encoder.texts.get();

        scorer.score("JOB_1", 1, job, "RES_1", embedded);

        assertThat(encoder.texts.get()).isGreaterThan(before);
    }

    private static ResumeParsingAdapter parsing(ResumeParsed profile) {
        return adapter(new ResumeParsingAdapter.Parsed(profile));
    }

    private static ResumeParsingAdapter adapter(ResumeParsingAdapter.Outcome outcome) {
        return new ResumeParsingAdapter() {
            @Override
            public Outcome parse(ResumeUploaded upload, byte[] content) {
                return outcome;
            }

            @Override
            public String parserVersion() {
                return "fake-parser-1";
            }
        };
    }

    /** The hashing stand-in, counting the texts it embeds. */
    private static class CountingEncoder implements SentenceEncoder {
        final AtomicInteger texts = new AtomicInteger();
        private final HashingEncoder hashing = new HashingEncoder();

        @Override
        public String modelVersion() {
            return "counting-test";
        }

        @Override
        public CosineCalibration calibration() {
            return hashing.calibration();
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            this.texts.addAndGet(texts.size());
            return hashing.encode(texts);
        }
    }
}
