package dev.shortlist.screening.embedding;

/**
 * The cosine levels the scorer reads one embedding model's similarities with: each model spreads
 * cosines differently, so the same threshold means different things under two models.
 *
 * @param matchFrom                 cosine from which a requirement counts as present in a resume chunk
 * @param confidenceFloor           cosine at which such a match's confidence is 0 ...
 * @param confidenceCeiling         ... and at which it is 1
 * @param semanticFloor             mean best cosine between job and resume chunks that scores 0 in the
 *                                  semantic category ...
 * @param semanticCeiling           ... and that scores 1
 * @param titleFloor                cosine of the job title and the resume titles that scores 0 in the title
 *                                  category ...
 * @param titleCeiling              ... and that scores 1: only the same occupation in other words reaches it,
 *                                  related but different occupations stay well below
 * @param typicalTitleBackground    title category background level (see {@link dev.shortlist.screening.scoring.ReferencePopulation}) at
 *                                  which a job needs no correction: the median over 24 varied occupations
 * @param typicalSemanticBackground the same for the semantic category
 */
public record CosineCalibration(
        double matchFrom,
        double confidenceFloor,
        double confidenceCeiling,
        double semanticFloor,
        double semanticCeiling,
        double titleFloor,
        double titleCeiling,
        double typicalTitleBackground,
        double typicalSemanticBackground) {}
