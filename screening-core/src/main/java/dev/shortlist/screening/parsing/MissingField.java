package dev.shortlist.screening.parsing;

/** Something a recruiter expects in a resume that the parser did not find. */
public enum MissingField {
    NAME,
    EMAIL,
    PHONE,
    LOCATION,
    SUMMARY,
    EXPERIENCE,
    DATED_EXPERIENCE,
    EDUCATION,
    SKILLS
}
