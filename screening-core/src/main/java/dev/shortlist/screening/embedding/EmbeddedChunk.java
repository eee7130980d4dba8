package dev.shortlist.screening.embedding;

/**
 * A chunk of text and its unit-length embedding.
 *
 * @param source where the chunk comes from (TITLE, SUMMARY, SKILLS, EXPERIENCE, REQUIREMENT,
 *               SKILL:&lt;key&gt;)
 */
public record EmbeddedChunk(String source, String text, float[] vector) {}
