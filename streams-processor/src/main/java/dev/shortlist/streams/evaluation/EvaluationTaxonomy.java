package dev.shortlist.streams.evaluation;

import dev.shortlist.streams.taxonomy.SkillTaxonomy;
import dev.shortlist.streams.taxonomy.Taxonomies;

/** The taxonomy the evaluation scores with: the project's curated one. */
final class EvaluationTaxonomy {

    private EvaluationTaxonomy() {
    }

    static SkillTaxonomy load() {
        return Taxonomies.curated();
    }
}
