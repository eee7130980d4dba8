package dev.shortlist.stack.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shortlist.stack.registry.RegistryRecord.Config;
import dev.shortlist.stack.registry.RegistryRecord.SchemaVersion;
import dev.shortlist.stack.registry.RegistryRecord.SchemaVersionErased;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Encodes registry records as the JSON keys and values of the {@code _schemas} topic, in the shape
 * Confluent's registry uses ({@code keytype} SCHEMA or CONFIG). Keys are written with a fixed field
 * order so that compaction sees the same bytes for the same subject version or configuration.
 */
public final class RegistryRecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryRecordCodec() {}

    /** A topic record: key and value bytes, value null for a tombstone. */
    public record Encoded(byte[] key, byte[] value) {}

    public static Encoded encode(RegistryRecord record) {
        if (record instanceof SchemaVersion v) {
            return new Encoded(schemaKey(v.subject(), v.version()), write(schemaValue(v)));
        }
        if (record instanceof SchemaVersionErased e) {
            return new Encoded(schemaKey(e.subject(), e.version()), null);
        }
        Config c = (Config) record;
        ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG");
        if (c.subject() == null) {
            key.putNull("subject");
        } else {
            key.put("subject", c.subject());
        }
        key.put("magic", 0);
        byte[] value = c.level() == null
                ? null
                : write(JSON.createObjectNode()
                        .put("compatibilityLevel", c.level().name()));
        return new Encoded(write(key), value);
    }

    /** Decodes a topic record; records of kinds this registry does not keep are skipped. */
    public static Optional<RegistryRecord> decode(byte[] key, byte[] value) {
        JsonNode k = read(key);
        String keytype = k.path("keytype").asText();
        String subject = k.path("subject").isNull() || k.path("subject").isMissingNode()
                ? null
                : k.path("subject").asText();
        switch (keytype) {
            case "SCHEMA" -> {
                int version = k.path("version").asInt();
                if (value == null) {
                    return Optional.of(new SchemaVersionErased(subject, version));
                }
                JsonNode v = read(value);
                List<SchemaReference> refs = new ArrayList<>();
                for (JsonNode r : v.path("references")) {
                    refs.add(new SchemaReference(
                            r.path("name").asText(),
                            r.path("subject").asText(),
                            r.path("version").asInt()));
                }
                return Optional.of(new SchemaVersion(
                        subject,
                        version,
                        v.path("id").asInt(),
                        v.path("schema").asText(),
                        refs,
                        v.path("deleted").asBoolean(false)));
            }
            case "CONFIG" -> {
                CompatibilityLevel level = value == null
                        ? null
                        : CompatibilityLevel.parse(
                                read(value).path("compatibilityLevel").asText());
                return Optional.of(new Config(subject, level));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static byte[] schemaKey(String subject, int version) {
        return write(JSON.createObjectNode()
                .put("keytype", "SCHEMA")
                .put("subject", subject)
                .put("version", version)
                .put("magic", 1));
    }

    private static ObjectNode schemaValue(SchemaVersion v) {
        ObjectNode node = JSON.createObjectNode()
                .put("subject", v.subject())
                .put("version", v.version())
                .put("id", v.id())
                .put("schema", v.schema())
                .put("deleted", v.deleted());
        if (!v.references().isEmpty()) {
            ArrayNode refs = node.putArray("references");
            v.references()
                    .forEach(r -> refs.addObject()
                            .put("name", r.name())
                            .put("subject", r.subject())
                            .put("version", r.version()));
        }
        return node;
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
