package dev.shortlist.streams.parsing;

import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeUploaded;
import dev.shortlist.screening.parsing.ParseOutcome;
import dev.shortlist.screening.parsing.ParseTimings;
import dev.shortlist.screening.parsing.ResumeParser;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The parsing topology's parser: {@link ResumeParser}, measuring experience up to the upload date. */
public final class ResumeParserAdapter implements ResumeParsingAdapter {

    private final ResumeParser parser;
    private final ParseTimings timings;

    public ResumeParserAdapter(ResumeParser parser) {
        this(parser, ParseTimings.NONE);
    }

    /** @param timings told how long each document's extraction and analysis took */
    public ResumeParserAdapter(ResumeParser parser, ParseTimings timings) {
        this.parser = parser;
        this.timings = timings;
    }

    @Override
    public Outcome parse(ResumeUploaded upload, byte[] content) {
        LocalDate reference = LocalDate.ofInstant(upload.getUploadedAt(), ZoneOffset.UTC);
        ParseOutcome outcome = parser.parse(content, reference, timings);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return new Parsed(ResumeProfileMapper.toAvro(parsed.profile()));
        }
        ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
        return new Failed(ParseFailureReason.valueOf(failed.reason().name()), failed.detail());
    }

    @Override
    public String parserVersion() {
        return ResumeParser.VERSION;
    }
}
