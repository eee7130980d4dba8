package dev.shortlist.screening.taxonomy;

import java.util.List;

/**
 * A skill as read from a taxonomy source, with the terms that name it.
 *
 * @param skill   the skill
 * @param terms   its canonical name first, then its aliases
 * @param curated true for the project's curated taxonomy, false for an external source
 */
record TaxonomyEntry(Skill skill, List<TermSpec> terms, boolean curated) {

    TaxonomyEntry {
        terms = List.copyOf(terms);
    }
}
