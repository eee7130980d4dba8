package dev.shortlist.streams.parsing;

import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.resume.ResumeUploaded;

/**
 * What the parsing topology needs from a resume parser: the bytes of one uploaded document in, a
 * profile or a typed failure out. Expected failures (no text, encrypted, ...) are results, never
 * exceptions; an exception means something unexpected and goes to the processing exception handler.
 */
public interface ResumeParsingAdapter {

    Outcome parse(ResumeUploaded upload, byte[] content);

    /** Version written into every parse outcome. */
    String parserVersion();

    /** A parse outcome. */
    sealed interface Outcome permits Parsed, Failed {}

    record Parsed(ResumeParsed profile) implements Outcome {}

    record Failed(ParseFailureReason reason, String detail) implements Outcome {}
}
