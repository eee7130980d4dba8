/**
 * The skills taxonomy: canonical skills with aliases and relations, and a matcher that finds them
 * in resumes and job descriptions. Plain Java, shared by parsing and scoring.
 *
 * <p>{@link dev.shortlist.screening.taxonomy.Taxonomies#curated()} is the project's own taxonomy,
 * {@code src/main/resources/taxonomy/skills-v1.tsv}: one skill a line with a stable id
 * ({@code <domain>.<slug>}), canonical name, category, aliases (abbreviations, other spellings,
 * translations) and related ids (partial credit). Its {@code # version:} line becomes
 * {@link dev.shortlist.screening.taxonomy.SkillTaxonomy#version()}, recorded with every result.
 * {@link dev.shortlist.screening.taxonomy.Taxonomies#curatedPlus} adds ESCO and O*NET files an
 * organisation configures; the curated taxonomy wins every conflict.
 *
 * <p>Matching works on folded text (case, diacritics, hyphen and line-break gaps) with token
 * boundaries, longest match first. A term may be marked in the file as <em>ambiguous</em>
 * ({@code ?}: "C", "R", "Go", "Chef", "Access") — counted only with context — or
 * <em>case-sensitive</em> ({@code ^}: "Excel" the product, not "excel" the verb). Single plain
 * words from external lists are always ambiguous.
 */
package dev.shortlist.screening.taxonomy;
