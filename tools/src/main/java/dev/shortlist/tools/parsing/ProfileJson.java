package dev.shortlist.tools.parsing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.shortlist.screening.parsing.FailureReason;
import dev.shortlist.screening.parsing.ParseOutcome;
import dev.shortlist.screening.parsing.ResumeProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** JSON rendering of parse outcomes for the command line. */
public final class ProfileJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers)
                        throws IOException {
                    gen.writeString(value.toString());
                }
            }))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileJson() {}

    /** The outcome as JSON: {@code {"status":"PARSED","profile":{...}}} or {@code {"status":"FAILED",...}}. */
    public static String write(ParseOutcome outcome, boolean includeText) {
        try {
            Object view;
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                view = new ParsedView("PARSED", includeText ? parsed.profile() : withoutText(parsed.profile()));
            } else {
                ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
                view = new FailedView("FAILED", failed.reason(), failed.detail(), failed.parserVersion());
            }
            return MAPPER.writeValueAsString(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResumeProfile withoutText(ResumeProfile p) {
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
                p.missingFields(),
                p.sections(),
                null,
                p.mediaType(),
                p.parserVersion(),
                p.taxonomyVersion());
    }

    private record ParsedView(String status, ResumeProfile profile) {}

    private record FailedView(String status, FailureReason reason, String detail, String parserVersion) {}
}
