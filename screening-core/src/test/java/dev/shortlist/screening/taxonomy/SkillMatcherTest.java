package dev.shortlist.screening.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillMatcherTest {

    private final SkillTaxonomy taxonomy = Taxonomies.curated();

    private List<String> ids(String text) {
        return taxonomy.find(text).stream().map(m -> m.skill().id()).toList();
    }

    @Test
    void javaIsNotJavaScriptAndSqlIsNotInsideMySql() {
        assertThat(ids("Built services in JavaScript and Java on MySQL."))
                .containsExactly("tech.javascript", "tech.java", "tech.mysql");
        assertThat(ids("Wrote SQL against MySQL and PostgreSQL"))
                .containsExactly("tech.sql", "tech.mysql", "tech.postgresql");
    }

    @Test
    void singleLetterLanguagesNeedContext() {
        assertThat(ids("Grade C student with a vitamin C deficiency")).isEmpty();
        assertThat(ids("Languages: C, C++, C#")).containsExactly("tech.c", "tech.c-plus-plus", "tech.c-sharp");
        assertThat(ids("Wrote statistical models in R and Python")).containsExactly("tech.r", "tech.python");
        assertThat(ids("Python, R, SQL")).containsExactly("tech.python", "tech.r", "tech.sql");
        assertThat(ids("Led R&D for the C-level team")).doesNotContain("tech.r", "tech.c");
        assertThat(ids("strong background in C programming")).containsExactly("tech.c");
    }

    @Test
    void goCountsOnlyAsTheLanguage() {
        assertThat(ids("Ready to go the extra mile. Go above and beyond, go-live support"))
                .isEmpty();
        assertThat(ids("Go-to-market planning")).containsExactly("sales.sales-strategy");
        assertThat(ids("Backend services in Go and Rust")).contains("tech.go");
        assertThat(ids("Java, Go, Kubernetes")).containsExactly("tech.java", "tech.go", "tech.kubernetes");
        assertThat(ids("Golang microservices")).containsExactly("tech.go", "tech.microservices");
    }

    @Test
    void punctuatedNamesMatchWhole() {
        assertThat(ids("C++ and C# on .NET with Node.js, CI/CD via Jenkins"))
                .containsExactly(
                        "tech.c-plus-plus",
                        "tech.c-sharp",
                        "tech.dotnet",
                        "tech.node-js",
                        "tech.ci-cd",
                        "tech.jenkins");
        assertThat(ids("ASP.NET MVC applications")).containsExactly("tech.asp-net");
    }

    @Test
    void multiWordAndLongestMatchWin() {
        assertThat(ids("Applied machine learning to accounts payable"))
                .containsExactly("tech.machine-learning", "accounting.accounts-payable");
        assertThat(ids("Administered Microsoft SQL Server 2016")).containsExactly("tech.microsoft-sql-server");
        assertThat(ids("machine\nlearning")).containsExactly("tech.machine-learning");
    }

    @Test
    void pluralsAndCaseInsensitivity() {
        assertThat(ids("Prepared financial statements and bank reconciliations"))
                .containsExactly("accounting.financial-statements", "accounting.account-reconciliation");
        assertThat(ids("KUBERNETES and postgres")).containsExactly("tech.kubernetes", "tech.postgresql");
    }

    @Test
    void offsetsPointAtTheMatchedText() {
        String text = "Skills - k8s, Postgres; MS Excel.";
        List<SkillMatch> matches = taxonomy.find(text);
        assertThat(matches).extracting(SkillMatch::matchedText).containsExactly("k8s", "Postgres", "MS Excel");
        for (SkillMatch m : matches) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
        }
        assertThat(matches.get(0).viaAlias()).isTrue();
    }

    @Test
    void excelTheVerbIsNotExcel() {
        assertThat(ids("Strives to excel in every task")).isEmpty();
        assertThat(ids("Advanced Excel and Word, PowerPoint"))
                .containsExactly("office.microsoft-excel", "office.microsoft-word", "office.microsoft-powerpoint");
    }

    @Test
    void skillsHeadingOrKnownSkillsSectionGivesAmbiguousTermsTheirContext() {
        assertThat(ids("Technical Skills: Go")).containsExactly("tech.go");
        assertThat(ids("I will Go")).isEmpty();
        assertThat(taxonomy.findInSkillsSection("R\nGo\nSpring"))
                .extracting(m -> m.skill().id())
                .containsExactly("tech.r", "tech.go", "tech.spring-framework");
        assertThat(taxonomy.findInSkillsSection("C-level reporting")).isEmpty();
    }

    @Test
    void commonWordsThatAreAlsoToolsNeedAListOfTheirOwnKind() {
        assertThat(ids("Executive Chef and Sous Chef, Chef de Partie")).doesNotContain("tech.chef-infra");
        assertThat(ids("Configuration management with Chef, Puppet, Ansible"))
                .containsExactly("tech.chef-infra", "tech.puppet", "tech.ansible");
        assertThat(ids("Graduated Spring 2019 with a business outlook")).isEmpty();
        assertThat(ids("Java, Spring, Hibernate"))
                .containsExactly("tech.java", "tech.spring-framework", "tech.hibernate");
        assertThat(ids("Access to the building")).isEmpty();
        assertThat(ids("Word, Excel, Access, Outlook"))
                .containsExactly(
                        "office.microsoft-word",
                        "office.microsoft-excel",
                        "tech.microsoft-access",
                        "office.microsoft-outlook");
    }

    @Test
    void offsetsStayExactInAccentedTextAndAcrossLineBreaks() {
        String text =
                "Compétences : comptabilité générale,\nrapprochement bancaire et Lohn-\nbuchhaltung; machine\r\nlearning";
        List<SkillMatch> matches = taxonomy.find(text);
        assertThat(matches).extracting(m -> m.skill().id()).contains("accounting.bookkeeping", "tech.machine-learning");
        for (SkillMatch m : matches) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
        }
        SkillMatch ml = matches.get(matches.size() - 1);
        assertThat(ml.matchedText()).isEqualTo("machine\r\nlearning");
        assertThat(ml.viaAlias()).isFalse();
        assertThat(matches.get(0).viaAlias()).isTrue();
    }
}
