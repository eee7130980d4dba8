package dev.shortlist.streams.parsing;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Detects the language of a whole document with Lingua among the languages Shortlist reads:
 * English, German, French, Spanish, Portuguese, Italian, Dutch, Persian and Arabic. Only those
 * models are loaded (about 180 MB of heap, preloaded once on first use, then shared by all threads).
 */
public final class DocumentLanguage {

    public static final String UNDETERMINED = "und";

    /** Lingua reads enough of a resume in its first characters; the rest only costs time. */
    private static final int MAX_CHARS = 6_000;

    private DocumentLanguage() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
                        Language.ITALIAN, Language.DUTCH, Language.PERSIAN, Language.ARABIC)
                .withPreloadedLanguageModels()
                .build();
    }

    /** Loads the models now instead of on the first document. */
    public static void preload() {
        detect("warm up");
    }

    /** ISO 639-1 code of the text's language, or {@code und}. */
    public static String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
