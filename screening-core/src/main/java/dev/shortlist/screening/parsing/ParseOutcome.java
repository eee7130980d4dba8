package dev.shortlist.screening.parsing;

/** Result of parsing one resume: a profile, or a typed failure for an expected problem with the input. */
public sealed interface ParseOutcome {

    String parserVersion();

    /** The document was read and yielded a profile. */
    record Parsed(ResumeProfile profile) implements ParseOutcome {
        @Override
        public String parserVersion() {
            return profile.parserVersion();
        }
    }

    /** The document could not be read; {@code detail} is a human-readable explanation. */
    record Failed(FailureReason reason, String detail, String parserVersion) implements ParseOutcome {}
}
