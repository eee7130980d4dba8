package dev.shortlist.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.common.EventMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/** The event contracts follow the project's rules and evolve compatibly with released versions. */
class SchemaContractTest {

    private final TopicCatalog catalog = new TopicCatalog(Map.of("schema.registry.url", "mock://contract"), 3);

    private static List<Schema> valueSchemas(TopicCatalog catalog) {
        return catalog.specs().stream()
                .filter(spec -> spec.valueType() != byte[].class)
                .map(spec -> SpecificData.get().getSchema(spec.valueType()))
                .toList();
    }

    @Test
    void everyTopicValueCarriesTheMetadataEnvelope() {
        for (Schema schema : valueSchemas(catalog)) {
            Schema.Field metadata = schema.getField("metadata");
            assertThat(metadata).as("metadata of %s", schema.getName()).isNotNull();
            assertThat(metadata.schema()).isEqualTo(EventMetadata.getClassSchema());
        }
        assertThat(EventMetadata.getClassSchema()
                        .getField("organizationId")
                        .schema()
                        .getType())
                .isEqualTo(Schema.Type.STRING);
    }

    @Test
    void everyRecordAndFieldIsDocumentedAndEveryEnumHasADefault() {
        List<String> problems = new ArrayList<>();
        Map<String, Schema> seen = new HashMap<>();
        valueSchemas(catalog).forEach(schema -> collect(schema, seen));
        for (Schema schema : seen.values()) {
            if (schema.getDoc() == null || schema.getDoc().isBlank()) {
                problems.add(schema.getFullName() + " has no doc");
            }
            if (schema.getType() == Schema.Type.ENUM && schema.getEnumDefault() == null) {
                problems.add(schema.getFullName() + " has no default symbol");
            }
            if (schema.getType() == Schema.Type.RECORD) {
                for (Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        problems.add(schema.getFullName() + "." + field.name() + " has no doc");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void topicNamesFollowOneLowercaseDottedScheme() {
        assertThat(catalog.specs())
                .allSatisfy(spec -> assertThat(spec.name()).matches("shortlist(\\.[a-z]+)+\\.v[0-9]+"));
        assertThat(catalog.specs()).extracting(TopicSpec::name).doesNotHaveDuplicates();
    }

    @Test
    void currentSchemasCanReadEveryReleasedVersion() throws IOException {
        Map<String, Schema> released = parseReleased(Path.of("src/test/resources/released/v1"));
        assertThat(released).isNotEmpty();
        for (Schema current : valueSchemas(catalog)) {
            Schema old = released.get(current.getFullName());
            assertThat(old).as("released v1 of %s", current.getFullName()).isNotNull();
            SchemaCompatibility.SchemaPairCompatibility result =
                    SchemaCompatibility.checkReaderWriterCompatibility(current, old);
            assertThat(result.getType())
                    .as("%s must read data written with v1: %s", current.getFullName(), result.getDescription())
                    .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        }
    }

    /** Parses every released .avsc into one parser so named types resolve across files. */
    private static Map<String, Schema> parseReleased(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(".avsc")).sorted().toList());
        }
        Map<String, Schema> byName = new HashMap<>();
        // Parse repeatedly until every file's dependencies are known (no ordering is assumed).
        while (!files.isEmpty()) {
            int before = files.size();
            for (Path file : List.copyOf(files)) {
                Schema.Parser parser = new Schema.Parser();
                parser.addTypes(byName.values());
                try (InputStream in = Files.newInputStream(file)) {
                    Schema schema = parser.parse(in);
                    byName.put(schema.getFullName(), schema);
                    files.remove(file);
                } catch (org.apache.avro.SchemaParseException | org.apache.avro.AvroTypeException unresolvedYet) {
                    // depends on a type parsed in a later round
                }
            }
            if (files.size() == before) {
                throw new IllegalStateException("Unresolvable released schemas: " + files);
            }
        }
        return byName;
    }

    private static void collect(Schema schema, Map<String, Schema> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(f -> collect(f.schema(), seen));
                }
            }
            case ENUM -> seen.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collect(schema.getElementType(), seen);
            case MAP -> collect(schema.getValueType(), seen);
            case UNION -> schema.getTypes().forEach(t -> collect(t, seen));
            default -> {}
        }
    }
}
