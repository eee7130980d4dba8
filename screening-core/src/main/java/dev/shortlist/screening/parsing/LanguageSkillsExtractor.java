package dev.shortlist.screening.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spoken languages and their proficiency from the languages sections. */
final class LanguageSkillsExtractor {

    private static final Map<String, String> NAMES = names();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern CEFR = Pattern.compile("\\b([ABC][12])\\b");
    private static final Pattern NATIVE = Pattern.compile(
            "(?i)native|mother\\s+tongue|first\\s+language|muttersprache|langue\\s+maternelle|natif|native|nativo|nativa|lengua\\s+materna|língua\\s+materna|madrelingua|moedertaal|زبان\\s*مادری|اللغة\\s*الأم");
    private static final Pattern FLUENT = Pattern.compile(
            "(?i)fluent|fluently|bilingual|full\\s+professional|fließend|verhandlungssicher|courant|couramment|bilingue|fluido|fluente|fluent|vloeiend|مسلط|روان|بطلاقة");
    private static final Pattern ADVANCED = Pattern.compile(
            "(?i)advanced|proficient|professional\\s+working|sehr\\s+gut|avancé|avanzado|avançado|avanzato|goed|gevorderd|پیشرفته|متقدم");
    private static final Pattern INTERMEDIATE = Pattern.compile(
            "(?i)intermediate|conversational|working\\s+knowledge|limited\\s+working|gut|intermédiaire|intermedio|intermediário|intermedio|redelijk|متوسط");
    private static final Pattern BASIC = Pattern.compile(
            "(?i)basic|beginner|elementary|notions|grundkenntnisse|grundlagen|débutant|básico|basico|elementare|base|basis|مبتدی|مقدماتی|مبتدئ");

    List<SpokenLanguage> extract(List<SectionBlock> blocks) {
        Map<String, SpokenLanguage> found = new LinkedHashMap<>();
        for (SectionBlock block : blocks) {
            if (block.section() != Section.LANGUAGES) {
                continue;
            }
            for (Line line : block.lines()) {
                for (String segment : line.text().split("[,;|•·]|\\s{3,}")) {
                    String code = null;
                    Matcher words = WORD.matcher(segment);
                    while (words.find() && code == null) {
                        code = NAMES.get(words.group().toLowerCase(Locale.ROOT));
                    }
                    if (code != null) {
                        String proficiency = proficiency(segment);
                        SpokenLanguage previous = found.get(code);
                        if (previous == null || (previous.proficiency() == null && proficiency != null)) {
                            found.put(code, new SpokenLanguage(code, proficiency));
                        }
                    }
                }
            }
        }
        return List.copyOf(new ArrayList<>(found.values()));
    }

    private static String proficiency(String segment) {
        if (NATIVE.matcher(segment).find()) {
            return "NATIVE";
        }
        Matcher cefr = CEFR.matcher(segment);
        if (cefr.find()) {
            return cefr.group(1);
        }
        if (FLUENT.matcher(segment).find()) {
            return "FLUENT";
        }
        if (ADVANCED.matcher(segment).find()) {
            return "ADVANCED";
        }
        if (INTERMEDIATE.matcher(segment).find()) {
            return "INTERMEDIATE";
        }
        if (BASIC.matcher(segment).find()) {
            return "BASIC";
        }
        return null;
    }

    private static Map<String, String> names() {
        Map<String, String> map = new LinkedHashMap<>();
        String[][] table = {
            {
                "en",
                "english",
                "englisch",
                "anglais",
                "inglés",
                "ingles",
                "inglês",
                "inglese",
                "engels",
                "انگلیسی",
                "الإنجليزية",
                "الانجليزية"
            },
            {
                "de",
                "german",
                "deutsch",
                "allemand",
                "alemán",
                "aleman",
                "alemão",
                "tedesco",
                "duits",
                "آلمانی",
                "الألمانية"
            },
            {
                "fr",
                "french",
                "französisch",
                "français",
                "francais",
                "francés",
                "frances",
                "francês",
                "francese",
                "frans",
                "فرانسوی",
                "الفرنسية"
            },
            {
                "es",
                "spanish",
                "spanisch",
                "espagnol",
                "español",
                "espanol",
                "espanhol",
                "spagnolo",
                "spaans",
                "اسپانیایی",
                "الإسبانية"
            },
            {
                "pt",
                "portuguese",
                "portugiesisch",
                "portugais",
                "portugués",
                "português",
                "portoghese",
                "portugees",
                "پرتغالی",
                "البرتغالية"
            },
            {"it", "italian", "italienisch", "italien", "italiano", "italiaans", "ایتالیایی", "الإيطالية"},
            {
                "nl",
                "dutch",
                "niederländisch",
                "néerlandais",
                "neerlandés",
                "holandês",
                "olandese",
                "nederlands",
                "هلندی",
                "الهولندية"
            },
            {"fa", "persian", "farsi", "persisch", "persan", "persa", "persiano", "perzisch", "فارسی", "الفارسية"},
            {"ar", "arabic", "arabisch", "arabe", "árabe", "arabo", "عربی", "العربية"},
            {"zh", "chinese", "mandarin", "cantonese", "chinesisch", "chinois", "chino", "chinês", "cinese", "chinees"},
            {"ja", "japanese", "japanisch", "japonais", "japonés", "japonês", "giapponese", "japans"},
            {"ru", "russian", "russisch", "russe", "ruso", "russo", "russisch"},
            {"tr", "turkish", "türkisch", "turc", "turco", "turks", "ترکی", "التركية"},
            {"hi", "hindi"},
            {"ko", "korean", "koreanisch", "coréen", "coreano"},
            {"pl", "polish", "polnisch", "polonais"},
            {"uk", "ukrainian"},
            {"sv", "swedish", "schwedisch"},
            {"el", "greek", "griechisch", "grec", "griego"},
            {"he", "hebrew", "hebräisch"},
            {"ur", "urdu"},
            {"bn", "bengali"},
            {"vi", "vietnamese"},
            {"tl", "tagalog", "filipino"},
        };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                map.put(row[i], row[0]);
            }
        }
        return Map.copyOf(map);
    }
}
