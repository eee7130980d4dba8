package dev.shortlist.tools.corpus;

import java.util.List;

/** An occupation standing in for a job description: the category it is relevant to, its title, text and tools. */
public record JobProxy(String category, String title, String description, List<String> technologies) {}
