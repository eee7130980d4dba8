package dev.shortlist.streams.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.resume.Contact;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.ScreeningScored;
import dev.shortlist.screening.scoring.ResumeScorer;
import dev.shortlist.screening.taxonomy.Taxonomies;
import dev.shortlist.streams.TestEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeScorerAdapterTest {

    private final ScreeningScorerAdapter scorer = new ResumeScorerAdapter(Taxonomies.curated(), null, 100);
    private final JobDefinition job = TestEvents.definition("Backend Engineer", List.of("Java", "Kafka"));

    @Test
    void aResumeWithTheRequiredSkillsOutscoresOneWithout() {
        ScreeningScored strong = scorer.score("JOB_1", 3, job, "RES_1", profile("Java", "Kafka"));
        ScreeningScored weak = scorer.score("JOB_1", 3, job, "RES_2", profile("Bookkeeping"));

        assertThat(strong.getScore()).isGreaterThan(weak.getScore());
        assertThat(weak.getMissing()).extracting(m -> m.getRequirement()).contains("Java", "Kafka");
        assertThat(strong.getJobRevision()).isEqualTo(3);
        assertThat(strong.getScorerVersion()).isEqualTo(ResumeScorer.VERSION);
    }

    @Test
    void theScoreIgnoresNameAndContact() {
        ResumeParsed ada = profile("Java");
        ResumeParsed other = ResumeParsed.newBuilder(ada)
                .setContact(new Contact("Mohammed Al-Sayed", "m@example.org", "+44 20 7946 0000", List.of(), "Leeds"))
                .build();

        assertThat(scorer.score("JOB_1", 1, job, "RES_1", other))
                .isEqualTo(scorer.score("JOB_1", 1, job, "RES_1", ada));
    }

    /** A parsed profile listing these skills under their taxonomy ids, as the parser writes them. */
    private static ResumeParsed profile(String... skills) {
        ResumeParsed profile = TestEvents.profile(List.of(skills));
        profile.getSkills()
                .forEach(mention -> mention.setSkillId(Taxonomies.curated()
                        .resolve(mention.getName())
                        .orElseThrow()
                        .id()));
        return profile;
    }
}
