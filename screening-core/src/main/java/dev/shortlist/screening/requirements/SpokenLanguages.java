package dev.shortlist.screening.requirements;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Names of spoken languages (English and native spellings) to ISO 639-1 codes. */
public final class SpokenLanguages {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        put("en", "english", "englisch", "anglais", "inglés", "ingles");
        put("de", "german", "deutsch", "allemand", "alemán", "aleman");
        put("fr", "french", "französisch", "francais", "français", "francés");
        put("es", "spanish", "spanisch", "espagnol", "español", "espanol", "castilian");
        put("it", "italian", "italienisch", "italiano");
        put("pt", "portuguese", "portugiesisch", "português", "portugues");
        put("nl", "dutch", "niederländisch", "nederlands", "flemish");
        put("pl", "polish", "polnisch", "polski");
        put("ru", "russian", "russisch", "русский");
        put("uk", "ukrainian");
        put("ar", "arabic", "arabisch", "العربية");
        put("fa", "persian", "farsi", "فارسی");
        put("tr", "turkish", "türkisch", "türkçe");
        put("zh", "chinese", "mandarin", "cantonese", "chinesisch");
        put("ja", "japanese", "japanisch");
        put("ko", "korean", "koreanisch");
        put("hi", "hindi");
        put("ur", "urdu");
        put("bn", "bengali", "bangla");
        put("sv", "swedish", "schwedisch", "svenska");
        put("da", "danish", "dänisch", "dansk");
        put("no", "norwegian", "norwegisch", "norsk");
        put("fi", "finnish", "finnisch", "suomi");
        put("el", "greek", "griechisch");
        put("he", "hebrew", "hebräisch");
        put("cs", "czech", "tschechisch");
        put("hu", "hungarian", "ungarisch");
        put("ro", "romanian", "rumänisch");
        put("vi", "vietnamese");
        put("th", "thai");
        put("id", "indonesian");
        put("ms", "malay");
        put("tl", "tagalog", "filipino");
        put("sw", "swahili");
    }

    private SpokenLanguages() {}

    private static void put(String code, String... names) {
        for (String name : names) {
            CODES.put(name, code);
        }
    }

    /** The ISO code of a language name or code ("German", "de", "Deutsch"). */
    public static Optional<String> code(String nameOrCode) {
        String key = nameOrCode.strip().toLowerCase(Locale.ROOT);
        if (CODES.containsValue(key)) {
            return Optional.of(key);
        }
        return Optional.ofNullable(CODES.get(key));
    }

    /** Every language name, lower case, for matching in text. */
    public static Map<String, String> names() {
        return Map.copyOf(CODES);
    }

    /** English display name of a code, for explanations. */
    public static String displayName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
