package dev.shortlist.streams.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.resume.ParseFailureReason;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.serde.MockSchemaRegistry;
import dev.shortlist.schemas.serde.SpecificAvroSerde;
import dev.shortlist.screening.parsing.ParserSettings;
import dev.shortlist.screening.parsing.ResumeParser;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.streams.TestEvents;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResumeParserAdapterTest {

    static final String RESUME = """
            Jordan Rivera
            jordan.rivera@example.org | +1 415 555 0100

            Summary
            Backend engineer building event-driven systems.

            Experience
            Senior Software Engineer, Acme Corp
            Jan 2019 - Present
            Built Kafka pipelines in Java and PostgreSQL serving 2 million users.

            Education
            Bachelor of Science in Computer Science, State University, 2014

            Skills
            Java, Kafka, PostgreSQL, Docker
            """;

    private static ResumeParser parser;

    @BeforeAll
    static void createParser() {
        parser = new ResumeParser(ParserSettings.defaults(), Taxonomies.curated());
    }

    @AfterAll
    static void closeParser() {
        parser.close();
    }

    @Test
    void aTextResumeBecomesAnAvroProfileThatSurvivesTheWire() {
        ResumeParsingAdapter adapter = new ResumeParserAdapter(parser);

        ResumeParsingAdapter.Outcome outcome = adapter.parse(
                TestEvents.upload("org-a", "RES_1", FileBlobStoreAdapter.referenceOf("ab".repeat(32)), null),
                RESUME.getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isInstanceOf(ResumeParsingAdapter.Parsed.class);
        ResumeParsed profile = ((ResumeParsingAdapter.Parsed) outcome).profile();
        assertThat(profile.getSkills()).extracting(s -> s.getName()).contains("Java", "PostgreSQL");
        assertThat(profile.getExperience()).isNotEmpty();
        assertThat(profile.getContact().getEmail()).isEqualTo("jordan.rivera@example.org");
        assertThat(profile.getParserVersion()).isEqualTo(ResumeParser.VERSION);

        SpecificAvroSerde<ResumeParsed> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of("schema.registry.url", "mock://parser-adapter-test"), false);
        try {
            byte[] bytes = serde.serializer().serialize("t", profile);
            // Compared as JSON: Avro's generated equals cannot compare arrays of records holding dates.
            assertThat(serde.deserializer().deserialize("t", bytes).toString()).isEqualTo(profile.toString());
        } finally {
            MockSchemaRegistry.dropScope("parser-adapter-test");
        }
    }

    @Test
    void aDocumentWithoutTextIsATypedFailure() {
        ResumeParsingAdapter.Outcome outcome = new ResumeParserAdapter(parser)
                .parse(
                        TestEvents.upload("org-a", "RES_2", FileBlobStoreAdapter.referenceOf("cd".repeat(32)), null),
                        "   \n  ".getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isInstanceOf(ResumeParsingAdapter.Failed.class);
        assertThat(((ResumeParsingAdapter.Failed) outcome).reason()).isEqualTo(ParseFailureReason.NO_TEXT);
    }
}
