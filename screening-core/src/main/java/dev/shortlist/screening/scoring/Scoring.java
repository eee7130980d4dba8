package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.CosineCalibration;
import dev.shortlist.screening.embedding.EmbeddedChunk;
import dev.shortlist.screening.embedding.JobEmbeddings;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.Vectors;
import dev.shortlist.screening.requirements.JobRequirements;
import dev.shortlist.screening.requirements.RequirementKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working state of one scoring of a resume against a job: each category's score (0..1) and
 * explanation, and the requirements matched and missed so far. The category classes fill it in.
 */
final class Scoring {

    final JobRequirements job;
    final CandidateProfile profile;
    /** Null when the semantic layer is off for this scoring. */
    final JobEmbeddings jobEmbeddings;
    /** Null when the semantic layer is off for this scoring. */
    final ResumeEmbeddings resumeEmbeddings;

    final CosineCalibration cosines;
    /** The candidate's skills by taxonomy id; of a skill listed twice, the entry with more months. */
    final Map<String, CandidateProfile.CandidateSkill> skillsById = new TreeMap<>();

    final Map<RequirementKind, Double> scores = new EnumMap<>(RequirementKind.class);
    final Map<RequirementKind, String> explanations = new EnumMap<>(RequirementKind.class);
    final List<MatchedRequirement> matched = new ArrayList<>();
    final List<MissingRequirement> missing = new ArrayList<>();

    Scoring(
            JobRequirements job,
            CandidateProfile profile,
            JobEmbeddings jobEmbeddings,
            ResumeEmbeddings resumeEmbeddings,
            CosineCalibration cosines) {
        this.job = job;
        this.profile = profile;
        this.jobEmbeddings = jobEmbeddings;
        this.resumeEmbeddings = resumeEmbeddings;
        this.cosines = cosines;
        for (CandidateProfile.CandidateSkill skill : profile.skills()) {
            skillsById.merge(skill.skillId(), skill, (a, b) -> a.months() >= b.months() ? a : b);
        }
    }

    void score(RequirementKind kind, double score, String explanation) {
        scores.put(kind, score);
        explanations.put(kind, explanation);
    }

    /** A resume chunk and its cosine with a query chunk. */
    record Best(EmbeddedChunk chunk, double cosine) {}

    /** The resume chunk closest to {@code query}, if the resume has chunks. */
    Optional<Best> bestChunk(EmbeddedChunk query) {
        Best best = null;
        for (EmbeddedChunk chunk : resumeEmbeddings.chunks()) {
            double cosine = Vectors.cosine(query.vector(), chunk.vector());
            if (best == null || cosine > best.cosine) {
                best = new Best(chunk, cosine);
            }
        }
        return Optional.ofNullable(best);
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
