package dev.shortlist.query.search;

import java.util.List;

/** A candidate found by search: who, where, what they do and know, and how well they matched. */
public record CandidateHit(
        String resumeId,
        String name,
        String location,
        List<String> titles,
        List<String> skills,
        Double totalYears,
        double relevance) {}
