package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.resume.ChunkEmbedding;
import dev.shortlist.schemas.resume.ExperienceEntry;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.SkillMention;
import dev.shortlist.schemas.resume.SpokenLanguage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scorer's blind {@link CandidateProfile} from a parsed resume. This is the one place that
 * reads a parsed resume for scoring; it never copies the contact record (name, email, phone,
 * links, location), so nothing personal can reach a score. Missing contact fields pass on as flags
 * only, for suggestions.
 */
public final class CandidateProfileMapper {

    /** Missing fields passed on as flags for suggestions; who the candidate is stays out. */
    private static final Set<String> FLAGGED = Set.of("EMAIL", "PHONE", "SUMMARY", "DATED_EXPERIENCE", "EDUCATION", "SKILLS");

    private CandidateProfileMapper() {
    }

    public static CandidateProfile fromAvro(ResumeParsed parsed) {
        String skillsText = parsed.getSkillsText() != null && !parsed.getSkillsText().isBlank() ? parsed.getSkillsText()
                : parsed.getSkills().stream().map(SkillMention::getName).collect(Collectors.joining(", "));
        CandidateProfile.Builder profile = CandidateProfile.builder()
                .headline(parsed.getHeadline())
                .summary(parsed.getSummary())
                .skillsText(skillsText)
                .totalYears(parsed.getTotalYears());
        for (SkillMention skill : parsed.getSkills()) {
            profile.skill(new CandidateProfile.CandidateSkill(skill.getSkillId(), skill.getName(),
                    skill.getMonthsUsed() == null ? 0 : skill.getMonthsUsed(),
                    skill.getEvidence().stream()
                            .map(e -> new EvidenceSpan(e.getSection(), e.getStart(), e.getEnd(), e.getText())).toList()));
        }
        // Most recent first: current roles, then by start date; undated roles keep their order at the end.
        List<ExperienceEntry> roles = new ArrayList<>(parsed.getExperience());
        roles.sort(Comparator.comparing((ExperienceEntry e) -> e.getStart() == null)
                .thenComparing(e -> !e.getCurrent())
                .thenComparing(ExperienceEntry::getStart, Comparator.nullsLast(Comparator.reverseOrder())));
        for (ExperienceEntry entry : roles) {
            profile.experience(entry.getTitle(),
                    entry.getStart() == null ? null : YearMonth.from(entry.getStart()),
                    entry.getCurrent() || entry.getEnd() == null ? null : YearMonth.from(entry.getEnd()),
                    entry.getMonths() == null ? 0 : entry.getMonths(),
                    entry.getDescription());
        }
        parsed.getEducation().forEach(entry -> profile.education(EducationLevel.valueOf(entry.getLevel().name()),
                entry.getField() != null ? entry.getField() : entry.getDegree()));
        parsed.getCertifications().forEach(certification -> profile.education(EducationLevel.CERTIFICATE, certification));
        parsed.getLanguages().stream().map(SpokenLanguage::getCode).distinct().forEach(profile::language);
        String documentLanguage = parsed.getDocumentLanguage();
        if (documentLanguage != null && !documentLanguage.equals("und")
                && parsed.getLanguages().stream().noneMatch(l -> l.getCode().equals(documentLanguage))) {
            // Writing the resume in a language shows it.
            profile.language(documentLanguage);
        }
        parsed.getMissingFields().stream().filter(FLAGGED::contains)
                .forEach(field -> profile.profileGap(field.toLowerCase(Locale.ROOT).replace('_', ' ')));
        return profile.build();
    }

    /**
     * The embeddings the parse stage stored with the resume, when they were made by this model
     * (another model's vectors cannot be compared with this one's).
     */
    public static Optional<ResumeEmbeddings> embeddings(ResumeParsed parsed, String modelVersion) {
        if (parsed.getEmbeddingChunks().isEmpty() || !modelVersion.equals(parsed.getEmbeddingModel())) {
            return Optional.empty();
        }
        return Optional.of(new ResumeEmbeddings(modelVersion, parsed.getEmbeddingChunks().stream()
                .map(c -> new EmbeddedChunk(c.getSource(), c.getText(), floats(c.getVector()))).toList()));
    }

    /** Stores a resume's embeddings with it: each chunk, and their normalised mean for similarity search. */
    public static void attach(ResumeParsed parsed, ResumeEmbeddings embeddings) {
        List<ChunkEmbedding> chunks = embeddings.chunks().stream()
                .map(c -> new ChunkEmbedding(c.source(), c.text(), boxed(c.vector()))).toList();
        parsed.setEmbeddingChunks(chunks);
        parsed.setEmbeddingModel(chunks.isEmpty() ? null : embeddings.modelVersion());
        parsed.setEmbedding(chunks.isEmpty() ? null : boxed(Vectors.normalised(mean(embeddings.chunks()))));
    }

    private static float[] mean(List<EmbeddedChunk> chunks) {
        float[] sum = new float[chunks.get(0).vector().length];
        for (EmbeddedChunk chunk : chunks) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += chunk.vector()[i];
            }
        }
        return sum;
    }

    private static float[] floats(List<Float> values) {
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = values.get(i);
        }
        return vector;
    }

    private static List<Float> boxed(float[] vector) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add(v);
        }
        return values;
    }
}
