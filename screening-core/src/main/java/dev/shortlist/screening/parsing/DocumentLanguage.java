package dev.shortlist.screening.parsing;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * Detects the language of a whole document among the languages Shortlist reads: English, German,
 * French, Spanish, Portuguese, Italian, Dutch, Persian and Arabic. Plainly English text is recognised
 * by its function words; everything else goes to Lingua, with only those languages' trigram models
 * loaded (preloaded once on first use, then shared by all threads).
 */
public final class DocumentLanguage {

    public static final String UNDETERMINED = "und";

    /**
     * Lingua's cost grows with the text (at 3,000 characters it was a seventh of the streams
     * processor's sampled Java time); 1,500 characters of running text settle the language of a
     * resume, so longer documents are sampled: their first and last parts.
     */
    private static final int MAX_CHARS = 1_500;

    /** Words of running English text: every English paragraph is full of them. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "and", "of", "to", "for", "with", "on", "as", "at", "by", "from", "was", "were", "is", "are", "this",
            "that", "have", "has", "our", "my", "which", "all", "into", "an", "a");
    /** Function words of the other Latin-script languages read (German, French, Spanish, Portuguese, Italian, Dutch). */
    private static final Set<String> OTHER_FUNCTION_WORDS = Set.of(
            "und", "der", "die", "das", "mit", "für", "von", "bei", "ist", "wir", "ich", "den", "dem", "des", "ein",
            "eine", "im", "zu", "auf", "sie", "nicht", "et", "le", "la", "les", "du", "pour", "avec", "dans", "une",
            "est", "sur", "au", "aux", "je", "nous", "el", "los", "las", "del", "con", "para", "por", "una", "y", "que",
            "em", "com", "uma", "os", "e", "il", "della", "di", "per", "che", "gli", "da", "do", "ao", "na", "no", "es",
            "de", "het", "een", "van", "voor", "met", "ik", "zijn", "bij", "naar", "ook");

    private static final int MIN_WORDS_FOR_SHORTCUT = 60;

    private DocumentLanguage() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                        Language.ENGLISH,
                        Language.GERMAN,
                        Language.FRENCH,
                        Language.SPANISH,
                        Language.PORTUGUESE,
                        Language.ITALIAN,
                        Language.DUTCH,
                        Language.PERSIAN,
                        Language.ARABIC)
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
        // Most resumes are plainly English: they skip Lingua, which costs more than the rest of the
        // analysis and misreads English text with mis-encoded characters (docs/parsing.md).
        // Anything less plain goes to Lingua.
        if (plainlyEnglish(sample)) {
            return "en";
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Latin script only, at least 60 words, at least 6 % of them English function words and at most
     * one other-language function word for every eight English ones.
     */
    static boolean plainlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        int other = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (int i = 0; i < word.length(); i++) {
                if (Character.UnicodeScript.of(word.charAt(i)) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            }
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                english++;
            } else if (OTHER_FUNCTION_WORDS.contains(word)) {
                other++;
            }
        }
        return words >= MIN_WORDS_FOR_SHORTCUT && english >= 0.06 * words && other * 8 <= english;
    }
}
