package dev.shortlist.screening.parsing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises section headings in English, German, French, Spanish, Portuguese, Italian, Dutch,
 * Persian and Arabic, whatever their style: ALL CAPS, Title Case, trailing colon, numbered
 * ("2. Experience"), bulleted, letter-spaced ("E X P E R I E N C E"), or followed by content on the
 * same line ("Skills: Java, Go") or by a second column ("Experience   Skills").
 */
final class Headings {

    /** Words that may precede a known heading without changing it ("Relevant Experience"). */
    private static final Set<String> MODIFIERS = Set.of(
            "relevant",
            "professional",
            "additional",
            "selected",
            "other",
            "key",
            "my",
            "recent",
            "previous",
            "related",
            "academic",
            "technical",
            "work",
            "career",
            "core",
            "main",
            "general",
            "personal",
            "berufliche",
            "weitere",
            "autres",
            "otras",
            "outras",
            "altre",
            "andere");

    private static final Pattern LEADING_MARKS = Pattern.compile(
            "^(?:(?:\\d{1,2}|[IVX]{1,4}|[a-h])[.)]\\s+|\\d{1,2}\\s+(?=\\p{L})|[#•▪■►▶●◆◇○*>|~=_–—-]+\\s*)");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:：|=_•–—-]+$");
    private static final Pattern LETTER_SPACED = Pattern.compile("^(?:\\p{L} ){2,}\\p{L}$");
    private static final Pattern RULE = Pattern.compile("^[\\s\\-=_~*.•─━═]{3,}$");

    /** Built after the patterns above, which it uses. */
    private static final Map<String, Section> DICTIONARY = dictionary();

    private Headings() {}

    /** A heading found at the start of a line, with the offset (in the line) where its content starts, or -1. */
    record Match(Section section, String heading, int contentOffset) {}

    /** True for a horizontal rule or underline ("-----", "====="), which carries no text. */
    static boolean isRule(String line) {
        return RULE.matcher(line).matches();
    }

    static Optional<Match> match(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            return Optional.empty();
        }
        Optional<Section> whole = lookup(trimmed);
        if (whole.isPresent()) {
            return Optional.of(new Match(whole.get(), trimmed, -1));
        }
        // Heading followed by a second column or by content on the same line.
        int gap = trimmed.indexOf("   ");
        if (gap > 0) {
            Optional<Section> left = lookup(trimmed.substring(0, gap));
            if (left.isPresent()) {
                return Optional.of(
                        new Match(left.get(), trimmed.substring(0, gap).strip(), line.indexOf(trimmed) + gap));
            }
        }
        int colon = indexOfColon(trimmed);
        if (colon > 0 && colon <= 40) {
            Optional<Section> left = lookup(trimmed.substring(0, colon));
            if (left.isPresent()) {
                return Optional.of(
                        new Match(left.get(), trimmed.substring(0, colon).strip(), line.indexOf(trimmed) + colon + 1));
            }
        }
        return Optional.empty();
    }

    private static int indexOfColon(String text) {
        int colon = text.indexOf(':');
        int wide = text.indexOf('：');
        if (colon < 0) {
            return wide;
        }
        return wide < 0 ? colon : Math.min(colon, wide);
    }

    private static Optional<Section> lookup(String candidate) {
        String key = key(candidate);
        if (key.isEmpty() || key.split(" ").length > 6) {
            return Optional.empty();
        }
        Section section = DICTIONARY.get(key);
        if (section == null) {
            int space = key.indexOf(' ');
            if (space > 0 && MODIFIERS.contains(key.substring(0, space))) {
                section = DICTIONARY.get(key.substring(space + 1));
            }
        }
        return Optional.ofNullable(section);
    }

    static String key(String candidate) {
        String text = candidate.strip();
        text = LEADING_MARKS.matcher(text).replaceFirst("");
        text = TRAILING_MARKS.matcher(text).replaceFirst("");
        if (LETTER_SPACED.matcher(text).matches()) {
            text = text.replace(" ", "");
        } else if (text.contains("   ") && text.replace("   ", "\u0000").matches("(?:(?:\\p{L} )+\\p{L}\u0000?)+")) {
            // "W O R K   E X P E R I E N C E": letters spaced, words separated by wide gaps.
            text = text.replace("   ", "\u0000").replace(" ", "").replace('\u0000', ' ');
        }
        return text.toLowerCase(Locale.ROOT)
                .replace('&', ' ')
                .replace(" and ", " ")
                .replace('/', ' ')
                .replaceAll("\\s+", " ")
                .replace('’', '\'')
                .strip();
    }

    private static Map<String, Section> dictionary() {
        Map<String, Section> map = new HashMap<>();
        add(map, Section.EXPERIENCE, """
                experience|work experience|professional experience|employment|employment history|work history|
                career history|relevant experience|experience summary|professional background|positions held|
                internships|internship|internship experience|volunteer experience|volunteering|military experience|
                professional history|job history|career|experience history|work experience internships|
                berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|berufspraxis|praktische erfahrung|
                arbeitserfahrung|erfahrung|berufstätigkeit|beruflicher hintergrund|praktika|
                expérience professionnelle|expériences professionnelles|expérience|expériences|parcours professionnel|
                emplois|historique professionnel|stages|
                experiencia|experiencia profesional|experiencia laboral|historial laboral|trayectoria profesional|
                experiência|experiência profissional|experiências profissionais|histórico profissional|experiencias|
                esperienza|esperienze|esperienza professionale|esperienze professionali|esperienze lavorative|
                esperienza lavorativa|
                werkervaring|ervaring|professionele ervaring|loopbaan|arbeidsverleden|
                سوابق کاری|سابقه کاری|تجربه کاری|تجربیات کاری|سوابق شغلی|سابقه شغلی|تجربیات|تجربه|سوابق حرفه ای|
                الخبرات|الخبرة|الخبرات العملية|الخبرة العملية|الخبرة المهنية|الخبرات المهنية|الخبرات السابقة""");
        add(map, Section.EDUCATION, """
                education|education training|academic background|academic qualifications|educational background|
                academic history|educational qualifications|education qualifications|education certifications|
                education credentials|academics|schooling|degrees|
                ausbildung|bildung|bildungsweg|schulbildung|studium|akademischer werdegang|hochschulbildung|
                schul- berufsausbildung|aus- weiterbildung|
                formation|formations|éducation|études|parcours académique|formation académique|diplômes|cursus|
                educación|formación|formación académica|estudios|educación formación|
                formação|formação acadêmica|formação académica|educação|escolaridade|
                istruzione|formazione|istruzione formazione|titoli di studio|
                opleiding|opleidingen|onderwijs|scholing|
                تحصیلات|سوابق تحصیلی|سابقه تحصیلی|مدارک تحصیلی|تحصیلات دانشگاهی|
                التعليم|المؤهلات العلمية|المؤهل العلمي|المؤهلات الأكاديمية|التحصيل العلمي""");
        add(map, Section.SKILLS, """
                skills|technical skills|key skills|core skills|core competencies|competencies|skill highlights|
                highlights|qualifications|core qualifications|areas of expertise|expertise|skills abilities|
                technical proficiencies|technologies|tools|tech stack|it skills|computer skills|professional skills|
                strengths|abilities|summary of skills|skill set|skillset|additional skills|relevant skills|
                skills expertise|technical expertise|technical summary|software skills|
                kenntnisse|fähigkeiten|fachkenntnisse|kompetenzen|it-kenntnisse|edv-kenntnisse|fertigkeiten|
                qualifikationen|technische kenntnisse|fähigkeiten kenntnisse|kenntnisse fähigkeiten|
                compétences|compétences techniques|compétences clés|savoir-faire|aptitudes|connaissances|
                compétences informatiques|
                habilidades|competencias|conocimientos|habilidades técnicas|
                competências|conhecimentos|competências técnicas|
                competenze|competenze tecniche|abilità|conoscenze|capacità competenze|
                vaardigheden|competenties|kennis|technische vaardigheden|
                مهارت ها|مهارتها|مهارت|مهارت های فنی|مهارتهای فنی|توانایی ها|تواناییها|
                المهارات|مهارات|المهارات التقنية|المهارات الفنية""");
        add(map, Section.SUMMARY, """
                summary|professional summary|career summary|profile|professional profile|objective|career objective|
                about me|about|executive summary|executive profile|career overview|overview|personal statement|
                summary of qualifications|personal profile|introduction|career profile|professional overview|
                profil|zusammenfassung|über mich|kurzprofil|berufsprofil|persönliches profil|
                résumé|résumé professionnel|à propos|objectif|profil professionnel|
                perfil|resumen|perfil profesional|sobre mí|objetivo|resumen profesional|acerca de mí|
                resumo|resumo profissional|sobre mim|perfil profissional|
                profilo|sommario|profilo professionale|obiettivo|chi sono|
                profiel|samenvatting|over mij|persoonlijk profiel|
                خلاصه|درباره من|خلاصه سوابق|هدف شغلی|معرفی|
                الملخص|نبذة|نبذة عني|الهدف الوظيفي|ملخص""");
        add(map, Section.PROJECTS, """
                projects|personal projects|key projects|selected projects|academic projects|project experience|
                side projects|open source|open source contributions|
                projekte|projekterfahrung|projets|proyectos|projetos|progetti|projecten|
                پروژه ها|پروژهها|پروژه|المشاريع|مشاريع""");
        add(map, Section.CERTIFICATIONS, """
                certifications|certificates|licenses|licenses certifications|certifications licenses|certification|
                professional certifications|training|courses|training certifications|certifications training|
                licensure|credentials|professional development|continuing education|
                zertifikate|zertifizierungen|weiterbildung|weiterbildungen|fortbildungen|lizenzen|
                certificats|certificaciones|certificados|cursos|certificações|certificazioni|certificati|corsi|
                certificaten|certificeringen|cursussen|
                گواهینامه ها|گواهینامهها|گواهینامه|دوره ها|دورهها|دوره های آموزشی|
                الشهادات|الدورات|الدورات التدريبية""");
        add(map, Section.LANGUAGES, """
                languages|language skills|language|spoken languages|language proficiency|foreign languages|
                sprachen|sprachkenntnisse|fremdsprachen|langues|compétences linguistiques|idiomas|lenguas|línguas|
                lingue|conoscenze linguistiche|talen|talenkennis|
                زبان ها|زبانها|زبان|مهارت زبان|زبان های خارجی|اللغات""");
        add(map, Section.CONTACT, """
                contact|contact information|contact info|contact details|personal information|personal details|
                personal data|persönliche daten|kontakt|kontaktdaten|informations personnelles|coordonnées|
                datos personales|contacto|dados pessoais|contato|dati personali|contatti|persoonlijke gegevens|
                اطلاعات تماس|مشخصات فردی|اطلاعات شخصی|معلومات الاتصال|البيانات الشخصية|معلومات شخصية""");
        add(map, Section.OTHER, """
                accomplishments|achievements|awards|honors|honours|awards honors|honors awards|publications|
                interests|hobbies|activities|affiliations|memberships|references|additional information|
                extracurricular activities|presentations|patents|professional affiliations|community involvement|
                military service|volunteer work|community service|personal interests|
                interessen|hobbys|auszeichnungen|publikationen|referenzen|sonstiges|
                centres d'intérêt|loisirs|distinctions|références|divers|
                intereses|logros|premios|referencias|aficiones|
                interesses|prêmios|referências|
                interessi|premi|pubblicazioni|
                hobby's|interesses|nevenactiviteiten|
                علاقه مندی ها|علایق|افتخارات|الهوايات|الجوائز""");
        return Map.copyOf(map);
    }

    private static void add(Map<String, Section> map, Section section, String entries) {
        for (String entry : entries.replace("\n", "").split("\\|")) {
            String key = key(entry);
            if (!key.isEmpty()) {
                map.putIfAbsent(key, section);
            }
        }
    }
}
