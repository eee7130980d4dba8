package dev.shortlist.screening.parsing;

import java.util.List;

/**
 * The structured profile of one resume.
 *
 * @param contact          name, email, phone, links, location (never read by the scorer)
 * @param headline         the current or target title written at the top ("Senior Accountant"), or null
 * @param summary          summary or objective, or null
 * @param experience       positions in the order written
 * @param education        education entries in the order written
 * @param skills           taxonomy skills with evidence and months used
 * @param languages        spoken languages
 * @param certifications   certifications and licences as written
 * @param documentLanguage ISO 639-1 code of the document's language, or {@code und}
 * @param totalYears       years covered by the merged, non-overlapping dated experience, one decimal
 * @param missingFields    what a recruiter would expect but was not found
 * @param sections         the sections found, with their offsets
 * @param text             the extracted text; every offset in the profile points into it
 * @param mediaType        media type detected from the bytes
 * @param parserVersion    version of the parser
 * @param taxonomyVersion  version of the skills taxonomy used
 */
public record ResumeProfile(
        Contact contact,
        String headline,
        String summary,
        List<ExperienceEntry> experience,
        List<EducationEntry> education,
        List<SkillMention> skills,
        List<SpokenLanguage> languages,
        List<String> certifications,
        String documentLanguage,
        double totalYears,
        List<MissingField> missingFields,
        List<SectionSpan> sections,
        String text,
        String mediaType,
        String parserVersion,
        String taxonomyVersion) {

    public ResumeProfile {
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        certifications = List.copyOf(certifications);
        missingFields = List.copyOf(missingFields);
        sections = List.copyOf(sections);
    }

    /** Highest education level found, {@link EducationLevel#NONE} when none. */
    public EducationLevel highestEducation() {
        return education.stream()
                .map(EducationEntry::level)
                .max(Enum::compareTo)
                .orElse(EducationLevel.NONE);
    }

    /** The text of every section of a kind, headings left out, joined by line breaks; at most {@code max} characters. */
    public String sectionText(Section section, int max) {
        StringBuilder out = new StringBuilder();
        for (SectionSpan span : sections) {
            if (span.section() == section && text != null && span.end() <= text.length() && span.start() < span.end()) {
                String body = text.substring(span.start(), span.end()).strip();
                if (span.heading() != null && body.startsWith(span.heading().strip())) {
                    body = body.substring(span.heading().strip().length());
                }
                out.append(body.strip()).append('\n');
            }
        }
        String all = out.toString().strip();
        return all.length() > max ? all.substring(0, max) : all;
    }

    /** Dated experience entries. */
    public List<ExperienceEntry> datedExperience() {
        return experience.stream().filter(ExperienceEntry::dated).toList();
    }

    /**
     * A section of the text.
     *
     * @param section kind of section
     * @param heading heading as written, or null for the header before the first heading
     * @param start   offset in the text
     * @param end     offset after the section
     */
    public record SectionSpan(Section section, String heading, int start, int end) {}
}
