package dev.shortlist.screening.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalTaxonomyTest {

    @TempDir
    Path dir;

    private List<String> ids(SkillTaxonomy taxonomy, String text) {
        return taxonomy.find(text).stream().map(m -> m.skill().id()).toList();
    }

    @Test
    void escoCsvAddsSkillsWithAltLabelsAndHashedIds() throws Exception {
        Path csv = dir.resolve("skills_en.csv");
        Files.writeString(csv, """
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status
                KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/aaa,skill/competence,sector-specific,manage musical staff,"coordinate music staff
                direct musical staff",,released
                KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/bbb,knowledge,cross-sector,"accounting",,,released
                KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ccc,knowledge,cross-sector,hydroponics,,,released
                KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ddd,skill/competence,sector-specific,"apply ""lean"" kitchen practices",,,released
                """);
        SkillTaxonomy taxonomy = Taxonomies.curatedPlus(List.of(csv));

        Skill staff = taxonomy.resolve("direct musical staff").orElseThrow();
        assertThat(staff.id()).matches("esco\\.[0-9a-f]{10}");
        assertThat(staff.name()).isEqualTo("manage musical staff");
        assertThat(staff.category()).isEqualTo("esco-skill-competence");
        assertThat(staff.aliases()).containsExactly("coordinate music staff", "direct musical staff");
        assertThat(ids(taxonomy, "I coordinate music staff daily")).containsExactly(staff.id());
        assertThat(taxonomy.resolve("apply \"lean\" kitchen practices")).isPresent();

        // the curated skill wins the conflict: no second "accounting"
        assertThat(taxonomy.resolve("accounting")).map(Skill::id).contains("accounting.accounting");
        assertThat(taxonomy.skills().stream().filter(s -> s.name().equals("accounting")))
                .isEmpty();
        assertThat(taxonomy.version()).startsWith("curated-").contains("+skills_en.csv@");
        assertThat(taxonomy.skills()).hasSize(Taxonomies.curated().skills().size() + 2);
    }

    @Test
    void escoLabelListAndSingleCommonWordsNeedContext() throws Exception {
        Path labels = dir.resolve("skills_en_label.txt");
        Files.writeString(labels, "manage musical staff\nsociology\nPython (computer programming)\n\n");
        SkillTaxonomy taxonomy = Taxonomies.curatedPlus(List.of(labels));

        Skill sociology = taxonomy.resolve("sociology").orElseThrow();
        assertThat(sociology.category()).isEqualTo("esco");
        // a single plain word from an external list is ambiguous: not in prose, yes in a list of skills
        assertThat(ids(taxonomy, "The sociology of work was discussed.")).isEmpty();
        assertThat(ids(taxonomy, "Skills: sociology, statistics")).contains(sociology.id());
        // "Python (computer programming)" is the curated Python: not added twice
        assertThat(taxonomy.resolve("Python")).map(Skill::id).contains("tech.python");
        assertThat(taxonomy.skills()).hasSize(Taxonomies.curated().skills().size() + 2);
    }

    @Test
    void onetTechnologySkillsAreDeduplicatedAndCategorisedByCommodity() throws Exception {
        Path tsv = dir.resolve("onet-technology-skills.tsv");
        Files.writeString(
                tsv,
                String.join(
                        "\n",
                        "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand",
                        "11-1011.00\tAdobe Acrobat\t43232202\tDocument management software\tY\tN",
                        "11-1011.00\tBlackbaud The Raiser's Edge\t43232303\tCustomer relationship management CRM software\tN\tN",
                        "13-2011.00\tBlackbaud The Raiser's Edge\t43232303\tCustomer relationship management CRM software\tN\tN",
                        "15-1252.00\tApache Groovy\t43232405\tObject or component oriented development software\tN\tN",
                        "15-1252.00\tReveal\t43232306\tData base user interface and query software\tN\tN",
                        ""));
        SkillTaxonomy taxonomy = Taxonomies.curatedPlus(List.of(tsv));

        Skill raisersEdge = taxonomy.byId("onet.blackbaud-the-raiser-s-edge").orElseThrow();
        assertThat(raisersEdge.category()).isEqualTo("onet-customer-relationship-management-crm-software");
        assertThat(ids(taxonomy, "Donor records kept in Blackbaud The Raiser's Edge."))
                .containsExactly(raisersEdge.id());
        // curated Acrobat and Groovy win; "Reveal" is a common word and needs context
        assertThat(taxonomy.resolve("Adobe Acrobat")).map(Skill::id).contains("office.adobe-acrobat");
        assertThat(taxonomy.resolve("Apache Groovy")).map(Skill::id).contains("tech.groovy");
        assertThat(ids(taxonomy, "Results reveal a trend")).isEmpty();
        assertThat(taxonomy.skills()).hasSize(Taxonomies.curated().skills().size() + 2);
    }

    @Test
    void officialOnetLayoutWithTitleColumnIsRead() throws Exception {
        Path tsv = dir.resolve("Technology Skills.txt");
        Files.writeString(
                tsv,
                "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
                        + "15-1252.00\tSoftware Developers\tAtlassian Bamboo\t43232201\tContent workflow software\tN\tN\n");
        SkillTaxonomy taxonomy = Taxonomies.curatedPlus(List.of(tsv));
        assertThat(taxonomy.byId("onet.atlassian-bamboo"))
                .map(Skill::category)
                .contains("onet-content-workflow-software");
    }

    @Test
    void unrecognisedFileIsRejectedWithItsName() throws Exception {
        Path odd = dir.resolve("odd.tsv");
        Files.writeString(odd, "a\tb\tc\n1\t2\t3\n");
        assertThatThrownBy(() -> Taxonomies.curatedPlus(List.of(odd))).hasMessageContaining("odd.tsv");
    }

    @Test
    void escoRowsKeepQuotedCommasQuotesAndOneAliasALine() {
        List<TaxonomyEntry> entries =
                ExternalTaxonomyReader.escoCsv("conceptUri,preferredLabel,altLabels,skillType,status\r\n"
                        + "http://esco/1,\"manage budgets, forecasts\",\"say \"\"budget\"\"\nplan spending\",skill/competence,released\r\n"
                        + "http://esco/2,retired skill,,skill/competence,obsolete\r\n");
        assertThat(entries).hasSize(1);
        Skill skill = entries.get(0).skill();
        assertThat(skill.name()).isEqualTo("manage budgets, forecasts");
        assertThat(skill.aliases()).containsExactly("say \"budget\"", "plan spending");
        assertThat(skill.category()).isEqualTo("esco-skill-competence");
    }
}
