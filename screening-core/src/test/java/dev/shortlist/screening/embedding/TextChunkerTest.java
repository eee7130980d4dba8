package dev.shortlist.screening.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class TextChunkerTest {

    @Test
    void keepsEveryChunkInsideTheModelWindowAndLosesNoWord() {
        String longSentence = String.join(" ", Collections.nCopies(170, "word"));
        String text = "Short first sentence. " + longSentence + ".\nA line without a full stop\n\n   \nLast one.";

        var chunks = new TextChunker(70).chunks(text);

        assertThat(chunks).allSatisfy(c -> assertThat(c.split(" ")).hasSizeLessThanOrEqualTo(70));
        assertThat(chunks).noneMatch(String::isBlank);
        int words = chunks.stream().mapToInt(c -> c.split(" ").length).sum();
        assertThat(words).isEqualTo(text.trim().split("\\s+").length);
    }

    @Test
    void blankTextGivesNoChunk() {
        assertThat(new TextChunker(70).chunks("  \n ")).isEmpty();
        assertThat(new TextChunker(70).chunks(null)).isEmpty();
    }
}
