package dev.shortlist.screening.embedding;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.SkillRequirement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the embeddings of a resume or of a job revision, separately from scoring so they
 * are computed once and reused. What is embedded is chosen, not the whole text: for a resume
 * its titles, summary, skills and most recent roles, each cut into chunks the model reads
 * whole, at most {@code maxResumeChunks} of them (each chunk is one model run); for a job its
 * title, requirement sentences and skill requirements.
 */
public final class SemanticIndexer {

    public static final int DEFAULT_CHUNK_WORDS = 70;
    /**
     * The titles chunk and the first chunk of the summary (else of the skills, else of the most
     * recent role): these rank as well as four chunks for less than half the embedding CPU
     * (docs/scoring.md).
     */
    public static final int DEFAULT_MAX_RESUME_CHUNKS = 2;

    private static final int MAX_RECENT_ROLES = 4;
    private static final int MAX_JOB_SENTENCES = 16;

    private final SentenceEncoder encoder;
    private final TextChunker chunker;
    private final int maxResumeChunks;

    public SemanticIndexer(SentenceEncoder encoder) {
        this(encoder, DEFAULT_CHUNK_WORDS, DEFAULT_MAX_RESUME_CHUNKS);
    }

    /** How the scorer reads the cosines of this indexer's model. */
    public CosineCalibration calibration() {
        return encoder.calibration();
    }

    public SemanticIndexer(SentenceEncoder encoder, int chunkWords, int maxResumeChunks) {
        this.encoder = encoder;
        this.chunker = new TextChunker(chunkWords);
        this.maxResumeChunks = maxResumeChunks;
    }

    public String modelVersion() {
        return encoder.modelVersion();
    }

    /**
     * The chunks of embeddings made earlier (stored with a parsed resume) that this indexer would
     * make now: chunks come in the order {@link #embed(CandidateProfile)} chooses them, so a resume
     * embedded with more chunks scores as if it had been embedded with this indexer's limit.
     */
    public ResumeEmbeddings limited(ResumeEmbeddings embeddings) {
        return embeddings.chunks().size() <= maxResumeChunks
                ? embeddings
                : new ResumeEmbeddings(
                        embeddings.modelVersion(), embeddings.chunks().subList(0, maxResumeChunks));
    }

    public ResumeEmbeddings embed(CandidateProfile profile) {
        List<String[]> primary = new ArrayList<>();
        List<String[]> secondary = new ArrayList<>();
        String titles = titlesText(profile);
        if (!titles.isBlank()) {
            primary.add(new String[] {ResumeEmbeddings.TITLE, titles});
        }
        split("SUMMARY", profile.summary(), primary, secondary);
        String skills = profile.skillsText().isBlank()
                ? String.join(
                        ", ",
                        profile.skills().stream()
                                .map(CandidateProfile.CandidateSkill::name)
                                .toList())
                : profile.skillsText();
        split("SKILLS", skills, primary, secondary);
        profile.experience().stream()
                .limit(MAX_RECENT_ROLES)
                .forEach(role -> split(
                        "EXPERIENCE",
                        role.title().isBlank() ? role.description() : role.title() + ". " + role.description(),
                        primary,
                        secondary));
        List<String[]> chosen = new ArrayList<>(primary);
        chosen.addAll(secondary);
        return new ResumeEmbeddings(
                encoder.modelVersion(), encode(chosen.subList(0, Math.min(maxResumeChunks, chosen.size()))));
    }

    public JobEmbeddings embed(JobRequirements job) {
        List<String[]> chosen = new ArrayList<>();
        if (!job.title().isBlank()) {
            chosen.add(new String[] {JobEmbeddings.TITLE, job.title()});
        }
        job.requirementSentences().stream()
                .flatMap(s -> chunker.chunks(s).stream())
                .limit(MAX_JOB_SENTENCES)
                .forEach(s -> chosen.add(new String[] {JobEmbeddings.REQUIREMENT, s}));
        for (SkillRequirement skill : job.skills()) {
            String text = skill.resolved().map(s -> s.name()).orElse(skill.text());
            if (!text.isBlank()) {
                chosen.add(new String[] {JobEmbeddings.SKILL_PREFIX + skill.key(), text});
            }
        }
        return new JobEmbeddings(encoder.modelVersion(), job.jobId(), job.revision(), encode(chosen));
    }

    /** Headline and distinct recent titles, most recent first: "Senior Accountant; Staff Accountant". */
    static String titlesText(CandidateProfile profile) {
        Set<String> titles = new LinkedHashSet<>();
        if (!profile.headline().isBlank()) {
            titles.add(profile.headline());
        }
        profile.experience().stream()
                .map(CandidateProfile.Experience::title)
                .filter(t -> !t.isBlank())
                .limit(MAX_RECENT_ROLES)
                .forEach(titles::add);
        return String.join("; ", titles);
    }

    private void split(String source, String text, List<String[]> primary, List<String[]> secondary) {
        List<String> chunks = chunker.chunks(text);
        for (int i = 0; i < chunks.size() && i < 2; i++) {
            (i == 0 ? primary : secondary).add(new String[] {source, chunks.get(i)});
        }
    }

    private List<EmbeddedChunk> encode(List<String[]> sourcesAndTexts) {
        List<String[]> nonBlank =
                sourcesAndTexts.stream().filter(p -> !p[1].isBlank()).toList();
        List<float[]> vectors = encoder.encode(nonBlank.stream().map(p -> p[1]).toList());
        List<EmbeddedChunk> chunks = new ArrayList<>(nonBlank.size());
        for (int i = 0; i < nonBlank.size(); i++) {
            chunks.add(new EmbeddedChunk(nonBlank.get(i)[0], nonBlank.get(i)[1], vectors.get(i)));
        }
        return chunks;
    }
}
