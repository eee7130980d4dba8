package dev.shortlist.screening.scoring;

import dev.shortlist.screening.taxonomy.Skill;
import dev.shortlist.screening.taxonomy.SkillTaxonomy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores a blind {@link CandidateProfile} against {@link JobRequirements}: an explainable layer
 * (skills, experience, education, title, languages) plus a semantic layer over precomputed
 * embeddings. Deterministic: the same inputs give an identical result. Embeddings are
 * optional; without them the semantic category is left out and its weight shared by the rest.
 *
 * <p>Each category scores 0..1; the total is {@code 100 × Σ weight × score} over the categories
 * the job states, weights normalised over those. Bands: see {@link Band}.
 */
public final class ResumeScorer {

    public static final String VERSION = "scorer-1.3.0";

    /** Credit for a related skill (PostgreSQL asked, MySQL shown). */
    static final double RELATED_CREDIT = 0.5;
    /** Credit cap for a taxonomy skill found only by meaning. */
    static final double SEMANTIC_SKILL_CREDIT = 0.5;
    /** Skill categories nearly every resume shows, and their weight against a specialised skill. */
    static final Set<String> BASELINE_CATEGORIES = Set.of("office-software", "soft-skill");
    static final double BASELINE_SKILL_WEIGHT = 1.0 / 3;
    /** Weight of non-relevant experience years against relevant ones. */
    static final double OTHER_EXPERIENCE_WEIGHT = 0.5;

    private static final Pattern QUANTIFIED = Pattern.compile("\\d+\\s*%|[$€£]\\s*\\d|\\b\\d{2,}\\b|\\b\\d+(\\.\\d+)?\\s*(k|m|million|billion)\\b");

    /** Profile gaps that are contact fields: flags only, the scorer never sees contact values. */
    private static final Set<String> CONTACT_FIELDS = Set.of("email", "phone");

    private static final int MAX_BACKGROUNDS = 10_000;

    private final SkillTaxonomy taxonomy;
    private final ReferencePopulation references;
    private final CosineCalibration cosines;
    private final Map<String, double[]> backgrounds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Scores without correcting for a job's background level, reading cosines as MiniLM's. */
    public ResumeScorer(SkillTaxonomy taxonomy) {
        this(taxonomy, null);
    }

    /** Reads cosines as MiniLM's (the default model). */
    public ResumeScorer(SkillTaxonomy taxonomy, ReferencePopulation references) {
        this(taxonomy, references, EmbeddingModel.MINILM_L6_V2_Q.calibration());
    }

    /**
     * @param references the population a job's background level is measured against, or null for
     *                   none; used only when the job and the resume have embeddings
     * @param cosines    how to read the cosines of the model that made the embeddings
     */
    public ResumeScorer(SkillTaxonomy taxonomy, ReferencePopulation references, CosineCalibration cosines) {
        this.taxonomy = taxonomy;
        this.references = references;
        this.cosines = cosines;
    }

    /** Scores without the semantic layer. */
    public ScreeningResult score(JobRequirements job, CandidateProfile profile) {
        return score(job, null, profile, null);
    }

    public ScreeningResult score(JobRequirements job, JobEmbeddings jobEmbeddings, CandidateProfile profile,
                                 ResumeEmbeddings resumeEmbeddings) {
        boolean semantic = jobEmbeddings != null && resumeEmbeddings != null && !jobEmbeddings.comparable().isEmpty();
        Scoring s = new Scoring(job, profile, semantic ? jobEmbeddings : null, semantic ? resumeEmbeddings : null);

        Map<RequirementKind, double[]> raw = new EnumMap<>(RequirementKind.class);
        Map<RequirementKind, String> explanations = new EnumMap<>(RequirementKind.class);
        if (!job.requiredSkills().isEmpty()) {
            s.skills(job.requiredSkills(), RequirementKind.REQUIRED_SKILL, raw, explanations);
        }
        if (!job.preferredSkills().isEmpty()) {
            s.skills(job.preferredSkills(), RequirementKind.PREFERRED_SKILL, raw, explanations);
        }
        if (job.minimumYears() != null && job.minimumYears() > 0) {
            s.experience(raw, explanations);
        }
        if (job.educationLevel().isStated()) {
            s.education(raw, explanations);
        }
        if (!job.title().isBlank()) {
            s.title(raw, explanations);
        }
        if (!job.languages().isEmpty()) {
            s.languages(raw, explanations);
        }
        if (semantic) {
            s.semantic(raw, explanations);
            if (references != null) {
                double[] background = background(job, jobEmbeddings);
                correct(raw, explanations, RequirementKind.TITLE, background[0] - cosines.typicalTitleBackground());
                correct(raw, explanations, RequirementKind.SEMANTIC, background[1] - cosines.typicalSemanticBackground());
            }
        }

        Map<RequirementKind, Double> weights = job.weights().normalisedOver(raw.keySet());
        List<SubScore> subScores = new ArrayList<>();
        double total = 0;
        for (Map.Entry<RequirementKind, double[]> entry : raw.entrySet()) {
            double score = clamp(entry.getValue()[0]);
            double weight = weights.get(entry.getKey());
            total += weight * score;
            subScores.add(new SubScore(entry.getKey(), round(score, 3), round(weight, 3), explanations.get(entry.getKey())));
        }
        double score = round(100 * total, 1);

        Map<String, String> models = new TreeMap<>();
        if (semantic) {
            models.put("embedding", resumeEmbeddings.modelVersion());
        }
        return new ScreeningResult(score, Band.of(score), subScores, s.matched, s.missing, s.suggestions(), job.revision(),
                VERSION, job.taxonomyVersion() == null ? taxonomy.version() : job.taxonomyVersion(), models);
    }

    /**
     * The job's mean title and semantic category scores over the reference population: how much
     * it resembles candidates in general. Computed once per job revision.
     */
    public double[] background(JobRequirements job, JobEmbeddings jobEmbeddings) {
        String key = job.jobId() + "@" + job.revision() + "@" + job.title() + "@" + jobEmbeddings.modelVersion();
        double[] known = backgrounds.get(key);
        if (known != null) {
            return known;
        }
        double title = 0;
        double semantic = 0;
        for (ReferencePopulation.Member member : references.members()) {
            Scoring s = new Scoring(job, member.profile(), jobEmbeddings, member.embeddings());
            Map<RequirementKind, double[]> raw = new EnumMap<>(RequirementKind.class);
            Map<RequirementKind, String> ignored = new EnumMap<>(RequirementKind.class);
            if (!job.title().isBlank()) {
                s.title(raw, ignored);
                title += raw.get(RequirementKind.TITLE)[0];
            }
            s.semantic(raw, ignored);
            semantic += raw.get(RequirementKind.SEMANTIC)[0];
        }
        int n = Math.max(1, references.members().size());
        double[] background = {title / n, semantic / n};
        if (backgrounds.size() >= MAX_BACKGROUNDS) {
            backgrounds.clear();
        }
        backgrounds.put(key, background);
        return background;
    }

    private static void correct(Map<RequirementKind, double[]> raw, Map<RequirementKind, String> explanations,
                                RequirementKind kind, double excess) {
        double[] value = raw.get(kind);
        if (value == null || Math.abs(excess) < 0.005) {
            return;
        }
        value[0] = clamp(value[0] - excess);
        explanations.put(kind, explanations.get(kind) + String.format(Locale.ROOT,
                " %s by %.2f because this job's %s resembles candidates in general %s than most jobs do.",
                excess > 0 ? "Lowered" : "Raised", Math.abs(excess), kind == RequirementKind.TITLE ? "title" : "text",
                excess > 0 ? "more" : "less"));
    }

    /** The working state of one scoring: what matched, what is missing. */
    private final class Scoring {
        private final JobRequirements job;
        private final CandidateProfile profile;
        private final JobEmbeddings jobEmbeddings;
        private final ResumeEmbeddings resumeEmbeddings;
        private final Map<String, CandidateProfile.CandidateSkill> skillsById = new TreeMap<>();
        final List<MatchedRequirement> matched = new ArrayList<>();
        final List<MissingRequirement> missing = new ArrayList<>();
        private double relevantYears = Double.NaN;

        Scoring(JobRequirements job, CandidateProfile profile, JobEmbeddings jobEmbeddings, ResumeEmbeddings resumeEmbeddings) {
            this.job = job;
            this.profile = profile;
            this.jobEmbeddings = jobEmbeddings;
            this.resumeEmbeddings = resumeEmbeddings;
            for (CandidateProfile.CandidateSkill skill : profile.skills()) {
                skillsById.merge(skill.skillId(), skill, (a, b) -> a.months() >= b.months() ? a : b);
            }
        }

        void skills(List<SkillRequirement> requirements, RequirementKind kind, Map<RequirementKind, double[]> raw,
                    Map<RequirementKind, String> explanations) {
            double credit = 0;
            double weights = 0;
            int met = 0;
            for (SkillRequirement requirement : requirements) {
                double c = skill(requirement, kind);
                double weight = specificity(requirement);
                credit += weight * c;
                weights += weight;
                met += c > 0 ? 1 : 0;
            }
            double share = credit / weights;
            raw.put(kind, new double[] {share});
            explanations.put(kind, String.format(Locale.ROOT, "%d of %d %s skills shown (%.0f%% credit; related or semantic matches count partly, office software and soft skills a third).",
                    met, requirements.size(), kind == RequirementKind.REQUIRED_SKILL ? "required" : "preferred",
                    100 * share));
        }

        /**
         * How much a requirement tells candidates apart: office software and soft skills, which
         * nearly every resume lists, count a third of a specialised skill.
         */
        private double specificity(SkillRequirement requirement) {
            return requirement.resolved().map(Skill::category).filter(BASELINE_CATEGORIES::contains).isPresent()
                    ? BASELINE_SKILL_WEIGHT : 1.0;
        }

        private double skill(SkillRequirement requirement, RequirementKind kind) {
            Optional<Skill> resolved = requirement.resolved();
            if (resolved.isPresent()) {
                Skill wanted = resolved.get();
                CandidateProfile.CandidateSkill shown = skillsById.get(wanted.id());
                if (shown != null) {
                    String seenAs = shown.evidence().isEmpty() ? shown.name() : shown.evidence().get(0).text();
                    boolean alias = !requirement.text().equalsIgnoreCase(wanted.name()) || !seenAs.equalsIgnoreCase(wanted.name());
                    matched.add(new MatchedRequirement(requirement.text(), kind, alias ? MatchType.ALIAS : MatchType.EXACT,
                            seenAs, 1.0, shown.evidence()));
                    return 1.0;
                }
                Optional<CandidateProfile.CandidateSkill> related = relatedSkill(wanted);
                if (related.isPresent()) {
                    matched.add(new MatchedRequirement(requirement.text(), kind, MatchType.RELATED, related.get().name(),
                            RELATED_CREDIT, related.get().evidence()));
                    return RELATED_CREDIT;
                }
            }
            Optional<Best> semantic = bestChunk(requirement.key());
            if (semantic.isPresent() && semantic.get().cosine >= cosines.matchFrom()) {
                Best best = semantic.get();
                double confidence = clamp((best.cosine - cosines.confidenceFloor()) / (cosines.confidenceCeiling() - cosines.confidenceFloor()));
                double credit = resolved.isPresent() ? SEMANTIC_SKILL_CREDIT * confidence : confidence;
                matched.add(new MatchedRequirement(requirement.text(), kind, MatchType.SEMANTIC, best.chunk.text(),
                        round(confidence, 3), List.of(new EvidenceSpan(best.chunk.source(), -1, -1, best.chunk.text()))));
                return credit;
            }
            String looked = resolved.map(s -> s.aliases().isEmpty() ? s.name()
                    : s.name() + " (or " + String.join(", ", s.aliases()) + ")").orElse(requirement.text());
            missing.add(new MissingRequirement(requirement.text(), kind,
                    "Looked for " + looked + (resolved.isPresent() ? ", related skills" : "") + " and similar wording; not found."));
            return 0;
        }

        private Optional<CandidateProfile.CandidateSkill> relatedSkill(Skill wanted) {
            for (String relatedId : wanted.related()) {
                if (skillsById.containsKey(relatedId)) {
                    return Optional.of(skillsById.get(relatedId));
                }
            }
            for (CandidateProfile.CandidateSkill shown : skillsById.values()) {
                Optional<Skill> skill = taxonomy.byId(shown.skillId());
                if (skill.isPresent() && skill.get().related().contains(wanted.id())) {
                    return Optional.of(shown);
                }
            }
            return Optional.empty();
        }

        private record Best(EmbeddedChunk chunk, double cosine) {
        }

        private Optional<Best> bestChunk(String requirementKey) {
            if (jobEmbeddings == null) {
                return Optional.empty();
            }
            return jobEmbeddings.skill(requirementKey).flatMap(this::bestChunk);
        }

        private Optional<Best> bestChunk(EmbeddedChunk query) {
            Best best = null;
            for (EmbeddedChunk chunk : resumeEmbeddings.chunks()) {
                double cosine = Vectors.cosine(query.vector(), chunk.vector());
                if (best == null || cosine > best.cosine) {
                    best = new Best(chunk, cosine);
                }
            }
            return Optional.ofNullable(best);
        }

        void experience(Map<RequirementKind, double[]> raw, Map<RequirementKind, String> explanations) {
            double required = job.minimumYears();
            double total = totalYears();
            double relevant = Math.min(total, relevantYears());
            double effective = relevant + OTHER_EXPERIENCE_WEIGHT * (total - relevant);
            double ratio = effective / required;
            // Smooth below the requirement, a small bonus above it, capped at 1 at twice the requirement.
            double score = ratio < 1 ? 0.85 * Math.pow(ratio, 1.2) : Math.min(1.0, 0.85 + 0.15 * (ratio - 1));
            raw.put(RequirementKind.EXPERIENCE, new double[] {score});
            String stated = fmt(required) + "+ years";
            String shown = String.format(Locale.ROOT, "%s years in total, %s relevant", fmt(total), fmt(relevant));
            explanations.put(RequirementKind.EXPERIENCE, "Asked " + stated + "; " + shown
                    + " (other experience counts half).");
            if (effective >= required) {
                matched.add(new MatchedRequirement(stated, RequirementKind.EXPERIENCE, MatchType.DERIVED, shown, 1.0, List.of()));
            } else {
                missing.add(new MissingRequirement(stated, RequirementKind.EXPERIENCE,
                        "Dated roles add up to " + shown + "."));
            }
        }

        double totalYears() {
            if (profile.totalYears() > 0) {
                return profile.totalYears();
            }
            return profile.experience().stream().mapToInt(CandidateProfile.Experience::months).sum() / 12.0;
        }

        /** Years in roles whose title resembles the job title or that name a required skill. */
        double relevantYears() {
            if (!Double.isNaN(relevantYears)) {
                return relevantYears;
            }
            List<String> skillWords = new ArrayList<>();
            for (SkillRequirement requirement : job.requiredSkills()) {
                requirement.resolved().ifPresent(skill -> {
                    skillWords.add(skill.name().toLowerCase(Locale.ROOT));
                    skill.aliases().forEach(a -> skillWords.add(a.toLowerCase(Locale.ROOT)));
                });
            }
            int months = 0;
            for (CandidateProfile.Experience role : profile.experience()) {
                String description = role.description().toLowerCase(Locale.ROOT);
                boolean relevant = TitleSimilarity.of(job.title(), role.title()) >= 0.4
                        || skillWords.stream().anyMatch(w -> containsWord(description, w));
                months += relevant ? role.months() : 0;
            }
            relevantYears = months / 12.0;
            return relevantYears;
        }

        void education(Map<RequirementKind, double[]> raw, Map<RequirementKind, String> explanations) {
            EducationLevel wanted = job.educationLevel();
            EducationLevel shown = profile.highestEducation();
            double score;
            if (!shown.isStated()) {
                score = 0.3;
            } else if (shown.compareTo(wanted) >= 0) {
                score = 1.0;
            } else {
                score = shown.ordinal() == wanted.ordinal() - 1 ? 0.6 : 0.3;
            }
            raw.put(RequirementKind.EDUCATION, new double[] {score});
            String wantedText = label(wanted);
            explanations.put(RequirementKind.EDUCATION, "Asked " + wantedText + "; resume shows "
                    + (shown.isStated() ? label(shown) : "no stated level") + ".");
            if (score >= 1.0) {
                String field = profile.education().stream().filter(e -> e.level() == shown).map(CandidateProfile.Education::field)
                        .filter(f -> !f.isBlank()).findFirst().orElse("");
                matched.add(new MatchedRequirement(wantedText, RequirementKind.EDUCATION,
                        shown == wanted ? MatchType.EXACT : MatchType.DERIVED,
                        label(shown) + (field.isBlank() ? "" : " in " + field), 1.0, List.of()));
            } else {
                missing.add(new MissingRequirement(wantedText, RequirementKind.EDUCATION,
                        "Looked for " + wantedText + " or higher; found " + (shown.isStated() ? label(shown) : "none") + "."));
            }
        }

        void title(Map<RequirementKind, double[]> raw, Map<RequirementKind, String> explanations) {
            List<String> titles = new ArrayList<>(new LinkedHashSet<>(recentTitles()));
            double bestToken = 0;
            String bestTitle = null;
            for (int i = 0; i < titles.size(); i++) {
                double recency = Math.max(0.6, 1.0 - 0.1 * i);
                double similarity = recency * TitleSimilarity.of(job.title(), titles.get(i));
                if (similarity > bestToken) {
                    bestToken = similarity;
                    bestTitle = titles.get(i);
                }
            }
            double semantic = 0;
            Optional<EmbeddedChunk> resumeTitles = resumeEmbeddings == null ? Optional.empty() : resumeEmbeddings.titles();
            Optional<EmbeddedChunk> jobTitle = jobEmbeddings == null ? Optional.empty() : jobEmbeddings.title();
            if (resumeTitles.isPresent() && jobTitle.isPresent()) {
                semantic = clamp((Vectors.cosine(jobTitle.get().vector(), resumeTitles.get().vector()) - cosines.titleFloor())
                        / (cosines.titleCeiling() - cosines.titleFloor()));
            }
            double score = Math.max(bestToken, semantic);
            raw.put(RequirementKind.TITLE, new double[] {score});
            if (titles.isEmpty()) {
                explanations.put(RequirementKind.TITLE, "The resume states no title to compare with \"" + job.title() + "\".");
                missing.add(new MissingRequirement(job.title(), RequirementKind.TITLE, "No job title found in the resume."));
                return;
            }
            boolean byTokens = bestToken >= semantic && bestTitle != null;
            explanations.put(RequirementKind.TITLE, byTokens
                    ? "Closest recent title \"" + bestTitle + "\" shares words with \"" + job.title() + "\"."
                    : String.format(Locale.ROOT, "Recent titles are %.0f%% similar in meaning to \"%s\".", 100 * semantic, job.title()));
            if (score >= 0.5) {
                String seen = byTokens ? bestTitle : resumeTitles.map(EmbeddedChunk::text).orElse(String.join("; ", titles));
                matched.add(new MatchedRequirement(job.title(), RequirementKind.TITLE, byTokens ? MatchType.EXACT : MatchType.SEMANTIC,
                        seen, round(score, 3), List.of(new EvidenceSpan("EXPERIENCE", -1, -1, seen))));
            } else if (score < 0.3) {
                missing.add(new MissingRequirement(job.title(), RequirementKind.TITLE,
                        "Recent titles (" + String.join("; ", titles) + ") differ from the job title."));
            }
        }

        private List<String> recentTitles() {
            List<String> titles = new ArrayList<>();
            if (!profile.headline().isBlank()) {
                titles.add(profile.headline());
            }
            profile.experience().stream().map(CandidateProfile.Experience::title).filter(t -> !t.isBlank()).limit(4)
                    .forEach(titles::add);
            return titles;
        }

        void languages(Map<RequirementKind, double[]> raw, Map<RequirementKind, String> explanations) {
            Set<String> shown = new LinkedHashSet<>(profile.languages());
            int met = 0;
            for (String code : job.languages()) {
                if (shown.contains(code)) {
                    met++;
                    matched.add(new MatchedRequirement(SpokenLanguages.displayName(code), RequirementKind.LANGUAGE,
                            MatchType.EXACT, SpokenLanguages.displayName(code), 1.0, List.of()));
                } else {
                    missing.add(new MissingRequirement(SpokenLanguages.displayName(code), RequirementKind.LANGUAGE,
                            "The resume does not state " + SpokenLanguages.displayName(code) + "."));
                }
            }
            raw.put(RequirementKind.LANGUAGE, new double[] {(double) met / job.languages().size()});
            explanations.put(RequirementKind.LANGUAGE, met + " of " + job.languages().size() + " required languages stated.");
        }

        void semantic(Map<RequirementKind, double[]> raw, Map<RequirementKind, String> explanations) {
            List<EmbeddedChunk> queries = jobEmbeddings.comparable();
            double sum = 0;
            for (EmbeddedChunk query : queries) {
                sum += bestChunk(query).map(Best::cosine).orElse(0.0);
            }
            double mean = sum / queries.size();
            // Both directions: how well the resume covers the job, and how much of the resume is about it.
            if (!resumeEmbeddings.chunks().isEmpty()) {
                double back = 0;
                for (EmbeddedChunk chunk : resumeEmbeddings.chunks()) {
                    double best = 0;
                    for (EmbeddedChunk query : queries) {
                        best = Math.max(best, Vectors.cosine(query.vector(), chunk.vector()));
                    }
                    back += best;
                }
                mean = 0.5 * mean + 0.5 * back / resumeEmbeddings.chunks().size();
            }
            double score = clamp((mean - cosines.semanticFloor()) / (cosines.semanticCeiling() - cosines.semanticFloor()));
            raw.put(RequirementKind.SEMANTIC, new double[] {score});
            explanations.put(RequirementKind.SEMANTIC, String.format(Locale.ROOT,
                    "Mean best similarity between the job's title and %d requirement sentences and the resume's chunks, both ways: %.2f.",
                    queries.size() - (jobEmbeddings.title().isPresent() ? 1 : 0), mean));
        }

        List<String> suggestions() {
            List<String> suggestions = new ArrayList<>();
            List<String> missingRequired = missing.stream().filter(m -> m.kind() == RequirementKind.REQUIRED_SKILL)
                    .map(MissingRequirement::requirement).toList();
            if (!missingRequired.isEmpty()) {
                suggestions.add("Required skills not shown: " + String.join(", ", missingRequired)
                        + ". If the candidate has them, they should appear in the skills section and in the role where they were used.");
            }
            List<String> missingPreferred = missing.stream().filter(m -> m.kind() == RequirementKind.PREFERRED_SKILL)
                    .map(MissingRequirement::requirement).limit(8).toList();
            if (!missingPreferred.isEmpty()) {
                suggestions.add("Nice-to-have skills not shown: " + String.join(", ", missingPreferred) + ".");
            }
            missing.stream().filter(m -> m.kind() == RequirementKind.EXPERIENCE).findFirst().ifPresent(m -> suggestions.add(
                    "The job asks for " + m.requirement() + " of experience; make the dates and scope of relevant roles explicit."));
            missing.stream().filter(m -> m.kind() == RequirementKind.EDUCATION).findFirst().ifPresent(m -> suggestions.add(
                    "The job asks for " + m.requirement() + "; list degrees and certifications with their level."));
            String narrative = profile.summary() + " " + String.join(" ",
                    profile.experience().stream().map(CandidateProfile.Experience::description).toList());
            if (!profile.experience().isEmpty() && !QUANTIFIED.matcher(narrative.toLowerCase(Locale.ROOT)).find()) {
                suggestions.add("No quantified achievements: add numbers (volumes, percentages, budgets, team sizes) to recent roles.");
            }
            List<String> contact = profile.profileGaps().stream().filter(CONTACT_FIELDS::contains).toList();
            if (!contact.isEmpty()) {
                suggestions.add("Missing contact fields: " + String.join(", ", contact) + ".");
            }
            if (profile.profileGaps().contains("dated experience") && !profile.experience().isEmpty()) {
                suggestions.add("Roles carry no dates: add start and end months so experience can be counted.");
            }
            if (profile.profileGaps().contains("skills") && profile.skills().isEmpty()) {
                suggestions.add("No skills found: list tools and skills explicitly, in a skills section and in the roles.");
            }
            gaps().forEach(suggestions::add);
            if (profile.summary().isBlank()) {
                suggestions.add("Add a short summary that states the target role and main strengths.");
            }
            return suggestions;
        }

        /** Unexplained gaps of more than six months between consecutive dated roles. */
        private List<String> gaps() {
            List<CandidateProfile.Experience> dated = profile.experience().stream().filter(e -> e.start() != null)
                    .sorted(Comparator.comparing(CandidateProfile.Experience::start)).toList();
            List<String> result = new ArrayList<>();
            YearMonth coveredUntil = null;
            for (CandidateProfile.Experience role : dated) {
                if (coveredUntil != null && role.start().isAfter(coveredUntil.plusMonths(6))) {
                    result.add("Unexplained gap between " + coveredUntil + " and " + role.start() + ": say what happened in between.");
                }
                YearMonth end = role.end() == null ? YearMonth.of(9999, 12) : role.end();
                coveredUntil = coveredUntil == null || end.isAfter(coveredUntil) ? end : coveredUntil;
            }
            return result;
        }
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String label(EducationLevel level) {
        return switch (level) {
            case DOCTORATE -> "a doctorate";
            case MASTER -> "a master's degree";
            case BACHELOR -> "a bachelor's degree";
            case ASSOCIATE -> "an associate degree";
            case CERTIFICATE -> "a certificate or diploma";
            case HIGH_SCHOOL -> "a high-school diploma";
            case NONE, UNKNOWN -> "no stated level";
        };
    }

    private static String fmt(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.format(Locale.ROOT, "%.1f", years);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
