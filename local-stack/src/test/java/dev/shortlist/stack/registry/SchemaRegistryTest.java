package dev.shortlist.stack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRegistryTest {

    static final String V1 = """
      {"type":"record","name":"Candidate","namespace":"dev.example","fields":[
        {"name":"id","type":"string"}]}""";
    static final String V2_DEFAULTED = """
      {"type":"record","name":"Candidate","namespace":"dev.example","fields":[
        {"name":"id","type":"string"},
        {"name":"email","type":["null","string"],"default":null}]}""";
    static final String V2_REQUIRED = """
      {"type":"record","name":"Candidate","namespace":"dev.example","fields":[
        {"name":"id","type":"string"},
        {"name":"email","type":"string"}]}""";
    static final String OTHER = """
      {"type":"record","name":"Job","namespace":"dev.example","fields":[{"name":"title","type":"string"}]}""";

    final List<RegistryRecord> log = new ArrayList<>();
    final SchemaRegistry registry = new SchemaRegistry(log::add);

    @Test
    void sameSchemaGetsTheSameIdUnderAnotherSubjectAndDifferentSchemasGetNewIds() {
        int first = registry.register("candidates-value", V1, List.of());
        int again = registry.register("archive-value", V1.replace("\n", " "), List.of());
        int other = registry.register("jobs-value", OTHER, List.of());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(registry.subjects(false)).containsExactly("archive-value", "candidates-value", "jobs-value");
    }

    @Test
    void registeringTheSameSchemaTwiceAddsNoVersion() {
        int id = registry.register("candidates-value", V1, List.of());

        assertThat(registry.register("candidates-value", V1, List.of())).isEqualTo(id);
        assertThat(registry.versions("candidates-value")).containsExactly(1);
        assertThat(log).hasSize(1);
    }

    @Test
    void backwardCompatibleEvolutionWithADefaultedFieldBecomesVersionTwo() {
        int v1 = registry.register("candidates-value", V1, List.of());
        int v2 = registry.register("candidates-value", V2_DEFAULTED, List.of());

        assertThat(v2).isNotEqualTo(v1);
        assertThat(registry.versions("candidates-value")).containsExactly(1, 2);
        assertThat(registry.version("candidates-value", "latest").id()).isEqualTo(v2);
        assertThat(registry.version("candidates-value", "1").id()).isEqualTo(v1);
    }

    @Test
    void addingAFieldWithoutDefaultIsRejectedUnderBackward() {
        registry.register("candidates-value", V1, List.of());

        assertThatThrownBy(() -> registry.register("candidates-value", V2_REQUIRED, List.of()))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("READER_FIELD_MISSING_DEFAULT");
                });
        assertThat(registry.versions("candidates-value")).containsExactly(1);
        assertThat(registry.compatibility("candidates-value", "latest", V2_REQUIRED, List.of()))
                .isNotEmpty();
        assertThat(registry.compatibility("candidates-value", "latest", V2_DEFAULTED, List.of()))
                .isEmpty();
    }

    @Test
    void levelsFollowTheirDirection() {
        // Removing a field without default: old readers cannot read new data (forward), new readers are fine.
        registry.register("backward", V2_REQUIRED, List.of());
        registry.register("forward", V2_REQUIRED, List.of());
        registry.setLevel("forward", CompatibilityLevel.FORWARD);
        registry.register("none", V1, List.of());
        registry.setLevel("none", CompatibilityLevel.NONE);

        assertThat(registry.compatibility("backward", null, V1, List.of())).isEmpty();
        assertThat(registry.compatibility("forward", null, V1, List.of())).isNotEmpty();
        assertThat(registry.compatibility("none", null, OTHER, List.of())).isEmpty();
        assertThat(registry.subjectLevel("forward", false)).isEqualTo(CompatibilityLevel.FORWARD);
        assertThat(registry.subjectLevel("backward", true)).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThatThrownBy(() -> registry.subjectLevel("backward", false))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40408));
    }

    @Test
    void transitiveLevelsCompareWithEveryVersion() {
        registry.setLevel(null, CompatibilityLevel.NONE);
        registry.register("s", V1, List.of());
        registry.register("s", V2_REQUIRED, List.of());
        registry.setLevel("s", CompatibilityLevel.FULL);
        String v3 = V2_REQUIRED.replace("\"string\"}]}", "\"string\",\"default\":\"\"}]}");
        assertThat(registry.compatibility("s", null, v3, List.of())).isEmpty();

        registry.setLevel("s", CompatibilityLevel.FULL_TRANSITIVE);
        String v3WithoutId = """
        {"type":"record","name":"Candidate","namespace":"dev.example","fields":[
          {"name":"email","type":"string","default":""}]}""";
        // Forward against v1 fails: v1 readers need 'id', which v3 data lacks and v1 has no default for.
        assertThat(registry.compatibility("s", null, v3WithoutId, List.of())).isNotEmpty();
    }

    @Test
    void replayingTheLogRebuildsIdsVersionsAndConfiguration() {
        int v1 = registry.register("candidates-value", V1, List.of());
        int v2 = registry.register("candidates-value", V2_DEFAULTED, List.of());
        registry.setLevel("candidates-value", CompatibilityLevel.FULL);

        SchemaRegistry restarted = new SchemaRegistry(record -> {});
        log.forEach(restarted::apply);

        assertThat(restarted.version("candidates-value", "1").id()).isEqualTo(v1);
        assertThat(restarted.version("candidates-value", "2").id()).isEqualTo(v2);
        assertThat(restarted.subjectLevel("candidates-value", false)).isEqualTo(CompatibilityLevel.FULL);
        assertThat(restarted.register("jobs-value", OTHER, List.of())).isEqualTo(Math.max(v1, v2) + 1);
        assertThat(restarted.register("copy-value", V1, List.of())).isEqualTo(v1);
    }

    @Test
    void softDeletedSubjectKeepsItsIdsAndVersionNumbers() {
        int id = registry.register("candidates-value", V1, List.of());

        assertThat(registry.deleteSubject("candidates-value", false)).containsExactly(1);
        assertThat(registry.subjects(false)).isEmpty();
        assertThat(registry.subjects(true)).containsExactly("candidates-value");
        assertThat(registry.schemaById(id).schema()).contains("Candidate");
        assertThatThrownBy(() -> registry.versions("candidates-value"))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));

        assertThat(registry.register("candidates-value", V1, List.of())).isEqualTo(id);
        assertThat(registry.versions("candidates-value")).containsExactly(2);
    }

    @Test
    void lookupFindsTheVersionHoldingASchema() {
        registry.register("candidates-value", V1, List.of());
        int v2 = registry.register("candidates-value", V2_DEFAULTED, List.of());

        SchemaRegistry.RegisteredSchema found = registry.lookup("candidates-value", V2_DEFAULTED, List.of());
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.id()).isEqualTo(v2);
        assertThatThrownBy(() -> registry.lookup("candidates-value", OTHER, List.of()))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> registry.lookup("unknown", OTHER, List.of()))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
    }

    @Test
    void errorsCarryConfluentCodes() {
        registry.register("candidates-value", V1, List.of());

        assertThatThrownBy(() -> registry.register("x", "{\"type\":\"record\",\"name\":\"A\"}", List.of()))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
        assertThatThrownBy(() -> registry.version("candidates-value", "7"))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> registry.version("candidates-value", "first"))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42202));
        assertThatThrownBy(() -> registry.schemaById(99))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void schemasMayReferenceOtherSubjects() {
        registry.register("job-title", """
        {"type":"record","name":"Title","namespace":"dev.example","fields":[{"name":"text","type":"string"}]}""", List.of());
        List<SchemaReference> refs = List.of(new SchemaReference("dev.example.Title", "job-title", 1));
        String job = """
        {"type":"record","name":"Job","namespace":"dev.example","fields":[{"name":"title","type":"Title"}]}""";

        int id = registry.register("jobs-value", job, refs);

        assertThat(registry.schemaById(id).references()).isEqualTo(refs);
        assertThat(registry.referencedBy("job-title", "1")).containsExactly(id);
    }
}
