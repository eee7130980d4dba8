package dev.shortlist.tools.corpus;

import java.nio.file.Path;

/** One resume of the corpus and the search category it was filed under. */
public record CorpusResume(String id, String category, Path file) {}
