package dev.shortlist.screening.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A versioned skills taxonomy: canonical skills, their aliases and relations, and a matcher
 * that finds them in free text with proper token boundaries. Plain Java, shared by parsing
 * (skills in resumes) and scoring (requirements in job descriptions).
 */
public interface SkillTaxonomy {

    /** Version recorded in every event that used this taxonomy. */
    String version();

    Collection<Skill> skills();

    Optional<Skill> byId(String id);

    /** Resolves a skill name or alias as a recruiter would type it ("k8s", "Postgres"). */
    Optional<Skill> resolve(String nameOrAlias);

    /**
     * Every skill mention in the text, in order of appearance, longest match first at a position.
     * Ambiguous terms ("C", "R", "Go", "Access") count only with context found in the text itself:
     * a skills heading on the line, a cue word ("in R", "C programming") or a list of other skills.
     */
    List<SkillMatch> find(CharSequence text);

    /**
     * Like {@link #find}, for text the caller already knows to be a list of skills — a resume's
     * skills section, a job's "requirements" bullets, a recruiter's skill field — so ambiguous
     * terms count without further context (still not inside compounds such as "C-level").
     */
    default List<SkillMatch> findInSkillsSection(CharSequence text) {
        return find(text);
    }
}
