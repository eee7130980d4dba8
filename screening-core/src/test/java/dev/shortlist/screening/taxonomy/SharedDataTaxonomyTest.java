package dev.shortlist.screening.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merges the ESCO labels and O*NET technology skills shipped in the shared evaluation data.
 * Skips when the data is absent (a user's clone has none).
 */
class SharedDataTaxonomyTest {

    private static Path dataDir() {
        return SharedData.dir();
    }

    private static Path require(String relative) {
        Path path = dataDir().resolve(relative);
        assumeTrue(
                Files.isRegularFile(path),
                () -> "shared evaluation data not found at " + path.toAbsolutePath()
                        + " (set -Dshortlist.data.dir); skipping");
        return path;
    }

    @Test
    void curatedPlusEscoAndOnetStaysConsistentAndPrecise() {
        Path esco = require("esco/skills_en_label.txt");
        Path onet = require("jd-proxies/onet-technology-skills.tsv");
        SkillTaxonomy taxonomy = Taxonomies.curatedPlus(List.of(esco, onet));
        int curated = Taxonomies.curated().skills().size();

        assertThat(taxonomy.skills().size()).isGreaterThan(curated + 15_000);
        assertThat(taxonomy.version()).contains("skills_en_label.txt@").contains("onet-technology-skills.tsv@");
        assertThat(taxonomy.skills().stream().filter(s -> s.id().startsWith("esco.")))
                .isNotEmpty();
        assertThat(taxonomy.skills().stream().filter(s -> s.id().startsWith("onet.")))
                .isNotEmpty();
        // curated still wins
        assertThat(taxonomy.resolve("Microsoft Excel")).map(Skill::id).contains("office.microsoft-excel");
        assertThat(taxonomy.resolve("Python")).map(Skill::id).contains("tech.python");

        // ordinary prose gains no noise from single common words of the external lists
        String prose = "I am a team member who can work well and help the store. I like to go out and "
                + "read, write and talk with people. Then I moved to a new city to live with my family.";
        assertThat(taxonomy.find(prose)).isEmpty();
        // while their multi-word labels are found
        assertThat(taxonomy.find("Able to manage musical staff for the orchestra."))
                .extracting(m -> m.skill().name())
                .contains("manage musical staff");
    }
}
