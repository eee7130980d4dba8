package dev.shortlist.stack.registry;

import dev.shortlist.stack.registry.RegistryRecord.Config;
import dev.shortlist.stack.registry.RegistryRecord.SchemaVersion;
import dev.shortlist.stack.registry.RegistryRecord.SchemaVersionErased;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The registry's rules, without any transport: ids, versions, compatibility and configuration.
 *
 * <p>Every change is first appended to the {@link SchemaLog} and then applied with {@link
 * #apply(RegistryRecord)}, the same method that rebuilds the state from the log on start, so what a
 * restarted registry serves is exactly what the log holds. One schema (same canonical form and
 * references) gets one id whatever subject it is registered under. Methods are synchronized: the
 * registry is a single writer.
 */
public final class SchemaRegistry {

    private final SchemaLog log;
    /** Subject -> version -> record, soft-deleted versions included. */
    private final Map<String, TreeMap<Integer, SchemaVersion>> subjects = new TreeMap<>();

    private final Map<Integer, SchemaVersion> byId = new HashMap<>();
    private final Map<String, Integer> idsByIdentity = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;

    public SchemaRegistry(SchemaLog log) {
        this.log = log;
    }

    /** What a lookup or a version read returns. */
    public record RegisteredSchema(
            String subject, int version, int id, String schema, List<SchemaReference> references) {
        static RegisteredSchema of(SchemaVersion v) {
            return new RegisteredSchema(v.subject(), v.version(), v.id(), v.schema(), v.references());
        }
    }

    /** Applies one record of the log to the in-memory state (on replay, and after each append). */
    public synchronized void apply(RegistryRecord record) {
        if (record instanceof SchemaVersion v) {
            subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>()).put(v.version(), v);
            byId.putIfAbsent(v.id(), v);
            idsByIdentity.put(identity(v.schema(), v.references()), v.id());
            maxId = Math.max(maxId, v.id());
        } else if (record instanceof SchemaVersionErased e) {
            TreeMap<Integer, SchemaVersion> versions = subjects.get(e.subject());
            if (versions != null) {
                versions.remove(e.version());
                if (versions.isEmpty()) {
                    subjects.remove(e.subject());
                }
            }
        } else if (record instanceof Config c) {
            if (c.subject() == null) {
                globalLevel = c.level() == null ? CompatibilityLevel.BACKWARD : c.level();
            } else if (c.level() == null) {
                subjectLevels.remove(c.subject());
            } else {
                subjectLevels.put(c.subject(), c.level());
            }
        }
    }

    /**
     * Registers a schema under a subject and returns its id. Registering a schema the subject already
     * has returns the existing id without a new version.
     */
    public synchronized int register(String subject, String schemaText, List<SchemaReference> refs) {
        Schema schema = parse(schemaText, refs);
        // With references, Avro's canonical text would inline the referenced types, which a client
        // parsing it beside those references would see as redefinitions: keep the text as sent.
        String canonical = refs.isEmpty() ? schema.toString() : schemaText.strip();
        String identity = identity(canonical, refs);
        Optional<SchemaVersion> existing = live(subject).stream()
                .filter(v -> identity(v.schema(), v.references()).equals(identity))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        List<String> problems = levelOf(subject).check(schema, liveSchemas(subject));
        if (!problems.isEmpty()) {
            throw RegistryException.incompatible(subject, problems);
        }
        int id = idsByIdentity.getOrDefault(identity, maxId + 1);
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        int version = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        SchemaVersion record = new SchemaVersion(subject, version, id, canonical, refs, false);
        log.append(record);
        apply(record);
        return id;
    }

    /** Finds the version of a subject that holds this schema. */
    public synchronized RegisteredSchema lookup(String subject, String schemaText, List<SchemaReference> refs) {
        List<SchemaVersion> live = live(subject);
        if (live.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        Schema schema = parse(schemaText, refs);
        String identity = identity(refs.isEmpty() ? schema.toString() : schemaText.strip(), refs);
        return live.stream()
                .filter(v -> identity(v.schema(), v.references()).equals(identity))
                .findFirst()
                .map(RegisteredSchema::of)
                .orElseThrow(() -> RegistryException.schemaNotFound("Schema not found"));
    }

    /** Reads a live version; {@code versionSpec} is a number, {@code latest} or {@code -1}. */
    public synchronized RegisteredSchema version(String subject, String versionSpec) {
        return RegisteredSchema.of(resolve(subject, versionSpec));
    }

    public synchronized List<Integer> versions(String subject) {
        List<SchemaVersion> live = live(subject);
        if (live.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return live.stream().map(SchemaVersion::version).toList();
    }

    public synchronized List<String> subjects(boolean includeDeleted) {
        return subjects.entrySet().stream()
                .filter(e -> includeDeleted || e.getValue().values().stream().anyMatch(v -> !v.deleted()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public synchronized RegisteredSchema schemaById(int id) {
        SchemaVersion v = byId.get(id);
        if (v == null) {
            throw RegistryException.schemaNotFound("Schema %d not found".formatted(id));
        }
        return RegisteredSchema.of(v);
    }

    /** Every live subject version that holds the schema with this id. */
    public synchronized List<RegisteredSchema> usagesOf(int id) {
        schemaById(id);
        List<RegisteredSchema> usages = new ArrayList<>();
        subjects.values()
                .forEach(versions -> versions.values().stream()
                        .filter(v -> !v.deleted() && v.id() == id)
                        .map(RegisteredSchema::of)
                        .forEach(usages::add));
        return usages;
    }

    /** Ids of the schemas that reference the given subject version. */
    public synchronized List<Integer> referencedBy(String subject, String versionSpec) {
        SchemaVersion target = resolve(subject, versionSpec);
        Set<Integer> ids = new LinkedHashSet<>();
        subjects.values()
                .forEach(versions -> versions.values().stream()
                        .filter(v -> !v.deleted())
                        .filter(v -> v.references().stream()
                                .anyMatch(r -> r.subject().equals(target.subject()) && r.version() == target.version()))
                        .forEach(v -> ids.add(v.id())));
        return List.copyOf(ids);
    }

    /**
     * Checks a schema against one version of a subject, or against what registration would compare
     * it with when {@code versionSpec} is null.
     *
     * @return the incompatibilities; empty when compatible
     */
    public synchronized List<String> compatibility(
            String subject, String versionSpec, String schemaText, List<SchemaReference> refs) {
        Schema candidate = parse(schemaText, refs);
        if (versionSpec == null) {
            return levelOf(subject).check(candidate, liveSchemas(subject));
        }
        SchemaVersion against = resolve(subject, versionSpec);
        CompatibilityLevel level = levelOf(subject);
        // A named version is checked alone: transitivity only matters across several versions.
        return level.check(candidate, List.of(parse(against.schema(), against.references())));
    }

    /** The highest id handed out so far (0 before the first registration). */
    public synchronized int maxId() {
        return maxId;
    }

    public synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** The subject's own level; with {@code defaultToGlobal} the global one when it has none. */
    public synchronized CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
        CompatibilityLevel level = subjectLevels.get(subject);
        if (level != null) {
            return level;
        }
        if (defaultToGlobal) {
            return globalLevel;
        }
        throw RegistryException.subjectLevelConfigNotFound(subject);
    }

    /** Sets the global level ({@code subject} null) or a subject's level. */
    public synchronized void setLevel(String subject, CompatibilityLevel level) {
        Config record = new Config(subject, level);
        log.append(record);
        apply(record);
    }

    /** Removes a subject's own level and returns it. */
    public synchronized CompatibilityLevel clearLevel(String subject) {
        CompatibilityLevel previous = subjectLevel(subject, false);
        Config record = new Config(subject, null);
        log.append(record);
        apply(record);
        return previous;
    }

    /**
     * Deletes every version of a subject: a soft delete keeps ids readable and version numbers
     * reserved; a permanent delete erases versions already soft-deleted.
     *
     * @return the versions deleted
     */
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        List<Integer> deleted = new ArrayList<>();
        for (SchemaVersion v : List.copyOf(versions.values())) {
            if (permanent) {
                erase(v);
                deleted.add(v.version());
            } else if (!v.deleted()) {
                softDelete(v);
                deleted.add(v.version());
            }
        }
        if (deleted.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if (subjectLevels.containsKey(subject) && (permanent || live(subject).isEmpty())) {
            Config clear = new Config(subject, null);
            log.append(clear);
            apply(clear);
        }
        return deleted;
    }

    /** Deletes one version of a subject (soft, or permanent) and returns its number. */
    public synchronized int deleteVersion(String subject, String versionSpec, boolean permanent) {
        SchemaVersion v;
        if (permanent) {
            TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
            if (versions == null) {
                throw RegistryException.subjectNotFound(subject);
            }
            v = versions.get(parseVersionNumber(versionSpec));
            if (v == null) {
                throw RegistryException.versionNotFound(subject, versionSpec);
            }
            erase(v);
        } else {
            v = resolve(subject, versionSpec);
            softDelete(v);
        }
        return v.version();
    }

    private void softDelete(SchemaVersion v) {
        SchemaVersion record = v.softDeleted();
        log.append(record);
        apply(record);
    }

    private void erase(SchemaVersion v) {
        SchemaVersionErased record = new SchemaVersionErased(v.subject(), v.version());
        log.append(record);
        apply(record);
    }

    private CompatibilityLevel levelOf(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private List<SchemaVersion> live(String subject) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream().filter(v -> !v.deleted()).toList();
    }

    private List<Schema> liveSchemas(String subject) {
        return live(subject).stream()
                .map(v -> parse(v.schema(), v.references()))
                .toList();
    }

    private SchemaVersion resolve(String subject, String versionSpec) {
        List<SchemaVersion> live = live(subject);
        if (live.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if ("latest".equalsIgnoreCase(versionSpec) || "-1".equals(versionSpec)) {
            return live.get(live.size() - 1);
        }
        int number = parseVersionNumber(versionSpec);
        return live.stream()
                .filter(v -> v.version() == number)
                .findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(subject, versionSpec));
    }

    private static int parseVersionNumber(String versionSpec) {
        try {
            int number = Integer.parseInt(versionSpec);
            if (number < 1) {
                throw RegistryException.invalidVersion(versionSpec);
            }
            return number;
        } catch (NumberFormatException e) {
            throw RegistryException.invalidVersion(versionSpec);
        }
    }

    /** Parses Avro text, first defining the named types of its references in the same parser. */
    private Schema parse(String schemaText, List<SchemaReference> refs) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryException.invalidSchema("empty schema");
        }
        Schema.Parser parser = new Schema.Parser();
        for (SchemaReference ref : refs) {
            defineReference(parser, ref, new LinkedHashSet<>());
        }
        try {
            return parser.parse(schemaText);
        } catch (SchemaParseException e) {
            throw RegistryException.invalidSchema(e.getMessage());
        } catch (RuntimeException e) {
            // Avro reports malformed JSON and bad defaults with assorted runtime exceptions.
            throw RegistryException.invalidSchema(String.valueOf(e.getMessage()));
        }
    }

    private void defineReference(Schema.Parser parser, SchemaReference ref, Set<String> visiting) {
        String key = ref.subject() + ":" + ref.version();
        if (!visiting.add(key)) {
            return;
        }
        SchemaVersion target = Optional.ofNullable(subjects.get(ref.subject()))
                .map(versions -> versions.get(ref.version()))
                .orElseThrow(
                        () -> RegistryException.invalidSchema("reference %s (subject %s, version %d) is not registered"
                                .formatted(ref.name(), ref.subject(), ref.version())));
        for (SchemaReference nested : target.references()) {
            defineReference(parser, nested, visiting);
        }
        try {
            parser.parse(target.schema());
        } catch (RuntimeException e) {
            // Already defined through another path of the reference graph.
        }
    }

    private static String identity(String canonicalSchema, List<SchemaReference> refs) {
        return refs.isEmpty() ? canonicalSchema : canonicalSchema + "|" + refs;
    }
}
