package dev.shortlist.screening.parsing;

/**
 * Education level, ordered from none to doctorate so that levels compare with {@code compareTo}.
 * The names are those of the {@code EducationLevel} Avro enum (minus its {@code UNKNOWN}, which a
 * parsed entry never needs), so a topology maps one to the other by name; the parsing library
 * keeps no dependency on the generated wire classes.
 */
public enum EducationLevel {
    NONE,
    HIGH_SCHOOL,
    CERTIFICATE,
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORATE
}
