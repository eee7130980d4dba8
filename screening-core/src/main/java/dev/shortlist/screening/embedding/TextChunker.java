package dev.shortlist.screening.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts text into chunks the embedding model reads whole. MiniLM silently drops everything
 * after its ~126-token window, so chunks stay well below it: sentences (and lines) are packed
 * up to {@code maxWords}; a longer sentence is cut at word boundaries.
 */
public final class TextChunker {

    private static final Pattern SENTENCE_OR_LINE = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\R\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final int maxWords;

    public TextChunker(int maxWords) {
        if (maxWords < 5) {
            throw new IllegalArgumentException("maxWords must be at least 5");
        }
        this.maxWords = maxWords;
    }

    /** Chunks of at most {@code maxWords} words, none blank, in text order. */
    public List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return chunks;
        }
        List<String> current = new ArrayList<>();
        for (String sentence : SENTENCE_OR_LINE.split(text.strip())) {
            String[] words = WHITESPACE.split(sentence.strip());
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            if (current.size() + words.length > maxWords && !current.isEmpty()) {
                chunks.add(String.join(" ", current));
                current.clear();
            }
            for (String word : words) {
                if (current.size() == maxWords) {
                    chunks.add(String.join(" ", current));
                    current.clear();
                }
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(String.join(" ", current));
        }
        return chunks;
    }

    /** Sentences (or lines) of a text, each cut to at most {@code maxWords} words. */
    public List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String sentence : SENTENCE_OR_LINE.split(text.strip())) {
            if (!sentence.isBlank()) {
                result.addAll(new TextChunker(maxWords).chunks(sentence));
            }
        }
        return result;
    }
}
