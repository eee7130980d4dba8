package dev.shortlist.screening.parsing;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the candidate's name, email, phone (normalised to E.164 with libphonenumber), links and
 * location, looking first at the header (the lines before the first heading) and contact sections.
 */
final class ContactExtractor {

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s,;|()<>\"]+|\\b(?:[a-z]{2,3}\\.)?(?:linkedin\\.com|github\\.com|gitlab\\.com|behance\\.net|dribbble\\.com)/[^\\s,;|()<>\"]+");
    private static final Pattern PHONE_HINT = Pattern.compile(
            "(?i)\\b(?:phone|tel|telephone|mobile|mob|cell|handy|telefon|téléphone|tél|teléfono|telefone|celular|cellulare|telefoon)\\b|تلفن|موبایل|همراه|هاتف|جوال");
    private static final Pattern LABELLED_NAME = Pattern.compile(
            "(?i)^\\s*(?:full\\s+name|name|nom|nombre|nome|naam|vorname\\s+und\\s+name|nom\\s+complet|نام|الاسم)\\s*[:：]\\s*(.+)$");
    private static final Pattern LABELLED_LOCATION = Pattern.compile(
            "(?i)(?:^|\\b)(?:address|location|adresse|wohnort|anschrift|dirección|direccion|ubicación|endereço|indirizzo|adres|woonplaats|آدرس|محل سکونت|العنوان)\\s*[:：]\\s*([^|•·]+)");
    private static final Pattern CITY_REGION = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’ -]{1,40},\\s?(?:[A-Z]{2}(?:\\s\\d{5}(?:-\\d{4})?)?|\\p{Lu}[\\p{L}.' -]{1,30})$");
    private static final Pattern NAME_TOKEN = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.|[\\p{IsArabic}]{2,}|(?:van|von|de|da|del|der|di|du|la|le|bin|al|el|ibn)(?=\\s))");
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*(?:[|•·●▪◦]|\\s{3,}|\\s[-–—]\\s)\\s*");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String region;

    ContactExtractor(String region) {
        this.region = region;
    }

    Contact extract(String text, List<Line> lines, List<SectionBlock> blocks) {
        List<Line> header = headerLines(lines, blocks);
        String headerText = join(header);
        String email = email(headerText).or(() -> email(text)).orElse(null);
        String phone = phone(headerText).or(() -> phoneNearHint(lines)).orElse(null);
        return new Contact(name(header, blocks), email, phone, links(headerText, text), location(header));
    }

    /** Lines before the first heading, the first lines of the document, and every contact section. */
    private static List<Line> headerLines(List<Line> lines, List<SectionBlock> blocks) {
        List<Line> header = new ArrayList<>();
        for (SectionBlock block : blocks) {
            if (block.section() == Section.CONTACT) {
                header.addAll(block.lines());
            }
        }
        int taken = 0;
        for (Line line : lines) {
            if (taken >= 8) {
                break;
            }
            if (!line.isBlank()) {
                if (!header.contains(line)) {
                    header.add(line);
                }
                taken++;
            }
        }
        header.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return header;
    }

    private String name(List<Line> header, List<SectionBlock> blocks) {
        for (Line line : header) {
            Matcher labelled = LABELLED_NAME.matcher(line.text());
            if (labelled.matches() && looksLikeName(labelled.group(1).strip())) {
                return labelled.group(1).strip();
            }
        }
        int inspected = 0;
        for (Line line : header) {
            if (line.isBlank()) {
                continue;
            }
            if (++inspected > 5) {
                break;
            }
            for (String segment : SEGMENT_SPLIT.split(line.text().strip())) {
                String candidate = segment.strip().replaceAll("[,;]$", "");
                if (looksLikeName(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static boolean looksLikeName(String candidate) {
        if (candidate.length() < 4
                || candidate.length() > 50
                || candidate.matches(".*[\\d@/:()].*")
                || Headings.match(candidate).isPresent()
                || CITY_REGION.matcher(candidate).matches()
                || Words.INSTITUTION.matcher(candidate).find()) {
            return false;
        }
        String[] tokens = candidate.split("\\s+");
        if (tokens.length < 2 || tokens.length > 4) {
            return false;
        }
        int capitalised = 0;
        for (String token : tokens) {
            if (!NAME_TOKEN.matcher(token).matches()) {
                return false;
            }
            if (Words.isTitleWord(token) || Words.COMPANY_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (!Character.isLowerCase(token.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    private Optional<String> phone(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        for (PhoneNumberMatch match : phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, 50)) {
            return Optional.of(phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164));
        }
        return Optional.empty();
    }

    private Optional<String> phoneNearHint(List<Line> lines) {
        for (Line line : lines) {
            if (PHONE_HINT.matcher(line.text()).find()) {
                Optional<String> found = phone(line.text());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Contact.Link> links(String headerText, String text) {
        Map<String, Contact.Link> links = new LinkedHashMap<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:]+$", "");
            if (url.contains("@")) {
                continue;
            }
            String lower = url.toLowerCase(Locale.ROOT);
            String kind;
            if (lower.contains("linkedin.com")) {
                kind = "LINKEDIN";
            } else if (lower.contains("github.com") || lower.contains("gitlab.com")) {
                kind = "GITHUB";
            } else if (headerText.contains(url)) {
                kind = "PORTFOLIO";
            } else {
                kind = "OTHER";
            }
            links.putIfAbsent(lower, new Contact.Link(kind, url));
        }
        return List.copyOf(links.values());
    }

    private static String location(List<Line> header) {
        for (Line line : header) {
            Matcher labelled = LABELLED_LOCATION.matcher(line.text());
            if (labelled.find()) {
                return labelled.group(1).strip();
            }
        }
        for (Line line : header) {
            for (String segment : SEGMENT_SPLIT.split(line.text().strip())) {
                String candidate = segment.strip();
                if (CITY_REGION.matcher(candidate).matches()
                        && !EMAIL.matcher(candidate).find()
                        && !Headings.match(candidate).isPresent()) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The first email address; the expression only runs around an "@". */
    private static Optional<String> email(String text) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && at - start < 64 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            Matcher m = EMAIL.matcher(text);
            m.region(start, Math.min(text.length(), at + 256));
            while (m.find()) {
                if (m.start() <= at && m.end() > at) {
                    return Optional.of(m.group());
                }
            }
            at = text.indexOf('@', at + 1);
        }
        return Optional.empty();
    }

    private static String join(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }
}
