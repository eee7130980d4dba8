package dev.shortlist.streams.parsing;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Detects the language of a whole document with Lingua among the languages Shortlist reads:
 * English, German, French, Spanish, Portuguese, Italian, Dutch, Persian and Arabic. Only those
 * models are loaded (their trigram models, preloaded once on first use, then shared by all threads).
 */
public final class DocumentLanguage {

    public static final String UNDETERMINED = "und";

    /**
     * Lingua's cost grows with the text (at 3,000 characters it was a seventh of the streams
     * processor's sampled Java time); 1,500 characters of running text settle the language of a
     * resume, so longer documents are sampled: their first and last parts.
     */
    private static final int MAX_CHARS = 1_500;

    private DocumentLanguage() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
                        Language.ITALIAN, Language.DUTCH, Language.PERSIAN, Language.ARABIC)
                .withPreloadedLanguageModels()
                // Trigram models only: as accurate on whole documents, several times faster, less heap.
                .withLowAccuracyMode()
                .build();
    }

    /** Loads the models now instead of on the first document. */
    public static void preload() {
        detect("warm up");
    }

    /** ISO 639-1 code of the text's language, or {@code und}. */
    public static String detect(String text) {
        String sample = text.length() > MAX_CHARS
                ? text.substring(0, MAX_CHARS * 2 / 3) + "\n" + text.substring(text.length() - MAX_CHARS / 3)
                : text;
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
