package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.screening.embedding.SemanticIndexer;
import dev.shortlist.streams.parsing.ResumeParsingAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse stage's parser when the semantic layer is on: each parsed resume leaves with its
 * blind profile's embeddings, so they are computed once per resume, survive restarts and are
 * reused by every scoring and rescoring of it, and the profile vector serves similarity search.
 * Embedding here, not at scoring time, also keeps the scoring stage cheap, so results follow
 * parsing closely instead of queueing behind it in a large batch.
 *
 * <p>If the model fails on a resume, the profile is still published without embeddings (logged):
 * scoring then tries again and reports its own failure, and the resume is not lost.
 */
public final class EmbeddingParsingAdapter implements ResumeParsingAdapter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingParsingAdapter.class);

    private final ResumeParsingAdapter parser;
    private final SemanticIndexer indexer;

    public EmbeddingParsingAdapter(ResumeParsingAdapter parser, SemanticIndexer indexer) {
        this.parser = parser;
        this.indexer = indexer;
    }

    @Override
    public Outcome parse(ResumeUploaded upload, byte[] content) {
        Outcome outcome = parser.parse(upload, content);
        if (outcome instanceof Parsed parsed) {
            try {
                CandidateProfileMapper.attach(
                        parsed.profile(), indexer.embed(CandidateProfileMapper.fromAvro(parsed.profile())));
            } catch (RuntimeException e) {
                log.warn(
                        "Resume {} parsed but not embedded ({}); scoring will embed it",
                        upload.getResumeId(),
                        e.toString());
            }
        }
        return outcome;
    }

    @Override
    public String parserVersion() {
        return parser.parserVersion();
    }
}
