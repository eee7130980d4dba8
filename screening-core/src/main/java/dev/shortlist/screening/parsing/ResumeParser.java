package dev.shortlist.screening.parsing;

import dev.shortlist.screening.taxonomy.SkillTaxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Parses resume documents into {@link ResumeProfile}s: text extraction (Tika, type detected from
 * the bytes, bounded in size and time), document language (Lingua), sections, contact details,
 * experience, education, skills (taxonomy), spoken languages, certifications and the fields a
 * recruiter would miss. Deterministic for the same bytes, reference date and taxonomy; thread-safe;
 * build once and reuse, close when done.
 */
public final class ResumeParser implements AutoCloseable {

    public static final String VERSION = "parser-1.2.0";

    private final ParserSettings settings;
    private final SkillTaxonomy taxonomy;
    private final TextExtractor extractor;
    private final ContactExtractor contacts;
    private final SkillExtractor skills;
    private final LanguageSkillsExtractor languages = new LanguageSkillsExtractor();

    /** Extracts text in this JVM with Tika. */
    public ResumeParser(ParserSettings settings, SkillTaxonomy taxonomy) {
        this(settings, taxonomy, new TikaTextExtractor(settings));
    }

    /** Reads text through {@code extractor}, which the parser then owns (and closes). */
    public ResumeParser(ParserSettings settings, SkillTaxonomy taxonomy, TextExtractor extractor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.contacts = new ContactExtractor(settings.phoneRegion());
        this.skills = new SkillExtractor(taxonomy);
    }

    public ParserSettings settings() {
        return settings;
    }

    /**
     * Parses a document.
     *
     * @param document  the file's bytes, in any supported format
     * @param reference the upload date: "Present" and total years are measured up to it
     */
    public ParseOutcome parse(byte[] document, LocalDate reference) {
        return parse(document, reference, ParseTimings.NONE);
    }

    /** As {@link #parse(byte[], LocalDate)}, telling {@code timings} how long extraction and analysis took. */
    public ParseOutcome parse(byte[] document, LocalDate reference, ParseTimings timings) {
        long start = System.nanoTime();
        Extraction extraction = extractor.extract(document);
        long extracted = System.nanoTime();
        timings.extracted(extracted - start);
        if (extraction instanceof Extraction.Failure failure) {
            return new ParseOutcome.Failed(failure.reason(), failure.detail(), VERSION);
        }
        Extraction.Text text = (Extraction.Text) extraction;
        ResumeProfile profile = parseText(text.text(), text.mediaType(), reference);
        timings.analysed(System.nanoTime() - extracted);
        return new ParseOutcome.Parsed(profile);
    }

    /** Builds the profile of already extracted (and normalised) text. */
    ResumeProfile parseText(String text, String mediaType, LocalDate reference) {
        List<Line> lines = SectionSegmenter.lines(text);
        List<SectionBlock> blocks = SectionSegmenter.segment(lines);
        Contact contact = contacts.extract(text, lines, blocks);
        List<ExperienceEntry> experience = new ExperienceExtractor(reference).extract(blocks);
        List<SkillExtractor.ParsedExperience> dated = new ArrayList<>();
        for (ExperienceEntry entry : experience) {
            if (entry.dated()) {
                dated.add(new SkillExtractor.ParsedExperience(entry, spanOf(entry)));
            }
        }
        List<EducationEntry> education = new EducationExtractor(reference).extract(blocks);
        List<SkillMention> skillMentions = skills.extract(text, blocks, dated);
        int months = MonthSpan.totalMonths(
                dated.stream().map(SkillExtractor.ParsedExperience::span).toList());
        String summary = summary(blocks);
        List<String> certifications = certifications(blocks);
        List<SpokenLanguage> spoken = languages.extract(blocks);
        List<ResumeProfile.SectionSpan> sections = blocks.stream()
                .map(b -> new ResumeProfile.SectionSpan(b.section(), b.heading(), b.start(), b.end()))
                .toList();
        String headline = HeadlineExtractor.extract(lines, blocks, contact.name(), experience)
                .orElse(null);
        ResumeProfile draft = new ResumeProfile(
                contact,
                headline,
                summary,
                experience,
                education,
                skillMentions,
                spoken,
                certifications,
                DocumentLanguage.detect(text),
                Math.round(months / 1.2) / 10.0,
                List.of(),
                sections,
                text,
                mediaType,
                VERSION,
                taxonomy.version());
        return withMissingFields(draft);
    }

    private static MonthSpan spanOf(ExperienceEntry entry) {
        java.time.YearMonth start = java.time.YearMonth.from(entry.start());
        return new MonthSpan(start, start.plusMonths(entry.months()));
    }

    private static ResumeProfile withMissingFields(ResumeProfile p) {
        Set<MissingField> missing = new LinkedHashSet<>();
        if (p.contact().name() == null) {
            missing.add(MissingField.NAME);
        }
        if (p.contact().email() == null) {
            missing.add(MissingField.EMAIL);
        }
        if (p.contact().phone() == null) {
            missing.add(MissingField.PHONE);
        }
        if (p.contact().location() == null) {
            missing.add(MissingField.LOCATION);
        }
        if (p.summary() == null) {
            missing.add(MissingField.SUMMARY);
        }
        if (p.experience().isEmpty()) {
            missing.add(MissingField.EXPERIENCE);
        }
        if (p.datedExperience().isEmpty()) {
            missing.add(MissingField.DATED_EXPERIENCE);
        }
        if (p.education().isEmpty()) {
            missing.add(MissingField.EDUCATION);
        }
        if (p.skills().isEmpty()) {
            missing.add(MissingField.SKILLS);
        }
        return new ResumeProfile(
                p.contact(),
                p.headline(),
                p.summary(),
                p.experience(),
                p.education(),
                p.skills(),
                p.languages(),
                p.certifications(),
                p.documentLanguage(),
                p.totalYears(),
                List.copyOf(missing),
                p.sections(),
                p.text(),
                p.mediaType(),
                p.parserVersion(),
                p.taxonomyVersion());
    }

    private static String summary(List<SectionBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (SectionBlock block : blocks) {
            if (block.section() == Section.SUMMARY) {
                for (Line line : block.lines()) {
                    if (!line.isBlank()) {
                        out.append(out.length() == 0 ? "" : "\n")
                                .append(line.text().strip());
                    }
                }
            }
        }
        String summary = out.toString().strip();
        if (summary.isEmpty()) {
            return null;
        }
        return summary.length() > 2_000 ? summary.substring(0, 2_000) : summary;
    }

    private static List<String> certifications(List<SectionBlock> blocks) {
        Set<String> found = new LinkedHashSet<>();
        for (SectionBlock block : blocks) {
            if (block.section() != Section.CERTIFICATIONS) {
                continue;
            }
            for (Line line : block.lines()) {
                String text = line.text().strip().replaceFirst("^[•▪■►●◦○*–—-]\\s*", "");
                if (text.isEmpty() || text.length() > 200) {
                    continue;
                }
                String[] items = text.length() < 150 && text.contains(",") && !text.endsWith(".")
                        ? text.split("\\s*[,;]\\s*")
                        : new String[] {text};
                for (String item : items) {
                    String cleaned = item.strip();
                    if (cleaned.length() >= 2) {
                        found.add(cleaned);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    @Override
    public void close() {
        extractor.close();
    }
}
