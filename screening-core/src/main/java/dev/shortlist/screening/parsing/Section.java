package dev.shortlist.screening.parsing;

/** The part of a resume a piece of text belongs to. */
public enum Section {
    CONTACT,
    SUMMARY,
    EXPERIENCE,
    EDUCATION,
    SKILLS,
    PROJECTS,
    CERTIFICATIONS,
    LANGUAGES,
    OTHER
}
