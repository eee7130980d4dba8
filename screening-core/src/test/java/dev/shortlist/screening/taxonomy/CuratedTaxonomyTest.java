package dev.shortlist.screening.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuratedTaxonomyTest {

    private final SkillTaxonomy taxonomy = Taxonomies.curated();

    /** The occupations Shortlist screens for, and the taxonomy domains that describe each. */
    private static final Map<String, List<String>> OCCUPATION_DOMAINS = Map.ofEntries(
            Map.entry("ACCOUNTANT", List.of("accounting")),
            Map.entry("ADVOCATE", List.of("legal")),
            Map.entry("AGRICULTURE", List.of("agriculture")),
            Map.entry("APPAREL", List.of("apparel")),
            Map.entry("ARTS", List.of("arts")),
            Map.entry("AUTOMOBILE", List.of("automotive")),
            Map.entry("AVIATION", List.of("aviation")),
            Map.entry("BANKING", List.of("banking", "finance")),
            Map.entry("BPO", List.of("service")),
            Map.entry("BUSINESS-DEVELOPMENT", List.of("business", "sales")),
            Map.entry("CHEF", List.of("culinary")),
            Map.entry("CONSTRUCTION", List.of("construction")),
            Map.entry("CONSULTANT", List.of("management")),
            Map.entry("DESIGNER", List.of("design")),
            Map.entry("DIGITAL-MEDIA", List.of("media", "marketing")),
            Map.entry("ENGINEERING", List.of("engineering")),
            Map.entry("FINANCE", List.of("finance")),
            Map.entry("FITNESS", List.of("fitness")),
            Map.entry("HEALTHCARE", List.of("healthcare")),
            Map.entry("HR", List.of("hr")),
            Map.entry("INFORMATION-TECHNOLOGY", List.of("tech")),
            Map.entry("PUBLIC-RELATIONS", List.of("pr", "marketing")),
            Map.entry("SALES", List.of("sales")),
            Map.entry("TEACHER", List.of("education")));

    private static String domain(Skill skill) {
        return skill.id().substring(0, skill.id().indexOf('.'));
    }

    @Test
    void hasAtLeast1500SkillsAndCoversEveryOccupationWithItsOwnDomains() {
        assertThat(taxonomy.skills()).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(taxonomy.version()).startsWith("curated-");
        Map<String, Long> perDomain = taxonomy.skills().stream()
                .collect(Collectors.groupingBy(CuratedTaxonomyTest::domain, Collectors.counting()));
        OCCUPATION_DOMAINS.forEach((occupation, domains) -> {
            long skills = domains.stream()
                    .mapToLong(d -> perDomain.getOrDefault(d, 0L))
                    .sum();
            assertThat(skills).as("skills for %s", occupation).isGreaterThanOrEqualTo(35);
        });
        assertThat(perDomain.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(20));
    }

    @Test
    void idsAreUniqueStableSlugsAndEverySkillIsComplete() {
        Set<String> ids = new HashSet<>();
        for (Skill skill : taxonomy.skills()) {
            assertThat(ids.add(skill.id())).as("duplicate id %s", skill.id()).isTrue();
            assertThat(skill.id()).matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(skill.name()).isNotBlank().doesNotStartWith("?").doesNotStartWith("^");
            assertThat(skill.category()).isNotBlank();
            assertThat(taxonomy.byId(skill.id())).contains(skill);
        }
    }

    @Test
    void everyRelatedIdExistsAndRelationsAreSymmetric() {
        for (Skill skill : taxonomy.skills()) {
            for (String related : skill.related()) {
                assertThat(taxonomy.byId(related))
                        .as("%s → %s", skill.id(), related)
                        .isPresent();
                assertThat(taxonomy.byId(related).orElseThrow().related()).contains(skill.id());
            }
        }
        assertThat(taxonomy.byId("tech.mysql").orElseThrow().related()).contains("tech.postgresql");
        assertThat(taxonomy.byId("office.microsoft-excel").orElseThrow().related())
                .contains("office.google-sheets");
    }

    /**
     * No term names two skills, with one explicit exception: case-sensitive spellings that differ
     * in case ("Swift" the language, "SWIFT" the payment network). Resolution then prefers the exact
     * spelling; folded lookups get the first skill in file order.
     */
    @Test
    void noTermNamesTwoSkillsExceptDistinctCaseSensitiveSpellings() {
        Map<String, List<TermOwner>> byKey = new HashMap<>();
        for (TaxonomyEntry entry : CuratedTaxonomyReader.readResource().entries()) {
            for (TermSpec term : entry.terms()) {
                byKey.computeIfAbsent(SkillText.normalize(term.text()), k -> new java.util.ArrayList<>())
                        .add(new TermOwner(entry.skill().id(), term));
            }
        }
        byKey.forEach((key, owners) -> {
            Set<String> skills = owners.stream().map(TermOwner::skill).collect(Collectors.toSet());
            if (skills.size() > 1) {
                // allowed only when every spelling is case-sensitive and the spellings differ
                assertThat(owners)
                        .as("term '%s' names %s", key, skills)
                        .allSatisfy(o -> assertThat(o.term().caseSensitive()).isTrue());
                assertThat(owners.stream().map(o -> o.term().text()).distinct()).hasSize(owners.size());
            }
        });
        assertThat(taxonomy.resolve("SWIFT")).map(Skill::id).contains("banking.wire-transfers");
        assertThat(taxonomy.resolve("Swift")).map(Skill::id).contains("tech.swift");
        assertThat(taxonomy.find("Payments over SWIFT and ACH"))
                .extracting(m -> m.skill().id())
                .containsExactly("banking.wire-transfers", "banking.wire-transfers");
    }

    private record TermOwner(String skill, TermSpec term) {}

    @ParameterizedTest
    @CsvSource({
        "k8s, tech.kubernetes",
        "Postgres, tech.postgresql",
        "MS Excel, office.microsoft-excel",
        "excel, office.microsoft-excel",
        "GAAP, accounting.gaap",
        "QuickBooks Online, accounting.quickbooks",
        "'  node.JS ', tech.node-js",
        "Excel skills, office.microsoft-excel",
        "experience with Kubernetes, tech.kubernetes",
        "golang, tech.go",
        "r, tech.r",
        "accounts payables, accounting.accounts-payable",
        "CI/CD, tech.ci-cd",
        "ServSafe, culinary.servsafe",
        "A&P, aviation.a-and-p",
        "CDL, automotive.cdl",
    })
    void resolvesWhatRecruitersType(String typed, String id) {
        assertThat(taxonomy.resolve(typed)).map(Skill::id).contains(id);
    }

    @ParameterizedTest
    @CsvSource({
        "Buchhaltung, accounting.bookkeeping",
        "comptabilité, accounting.accounting",
        "comptabilite, accounting.accounting",
        "contabilidad, accounting.accounting",
        "Lohnbuchhaltung, accounting.payroll",
        "nómina, accounting.payroll",
        "gestão de projetos, management.project-management",
        "trabajo en equipo, professional.teamwork",
        "servizio clienti, service.customer-service",
        "klantenservice, service.customer-service",
        "Krankenpflege, healthcare.nursing",
        "Schweißen, engineering.welding",
    })
    void resolvesNonEnglishAliases(String typed, String id) {
        assertThat(taxonomy.resolve(typed)).map(Skill::id).contains(id);
    }

    @Test
    void findsSkillsInNonEnglishText() {
        List<String> ids = taxonomy.find("Erfahrung in Buchhaltung, Lohnbuchhaltung und Projektmanagement").stream()
                .map(m -> m.skill().id())
                .toList();
        assertThat(ids)
                .containsExactly("accounting.bookkeeping", "accounting.payroll", "management.project-management");
    }

    @Test
    void unknownOrBlankDoesNotResolve() {
        assertThat(taxonomy.resolve("underwater basket weaving")).isEmpty();
        assertThat(taxonomy.resolve("  ")).isEmpty();
        assertThat(taxonomy.resolve(null)).isEmpty();
    }

    @Test
    void curatedIsLoadedOnce() {
        assertThat(Taxonomies.curated()).isSameAs(taxonomy);
    }

    @Test
    void inconsistentCuratedFileIsRejected() throws Exception {
        String twoSkillsOneAlias = """
                # version: test
                id\tname\tcategory\taliases\trelated
                tech.a\tAlpha\tx\tshared\t
                tech.b\tBeta\tx\tShared\t
                """;
        CuratedTaxonomyReader.Curated curated = CuratedTaxonomyReader.read(
                new ByteArrayInputStream(twoSkillsOneAlias.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new TaxonomyBuilder("t").addCurated(curated.entries()))
                .hasMessageContaining("'Shared' of tech.b already names tech.a");
    }
}
