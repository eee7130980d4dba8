package dev.shortlist.screening.parsing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans extracted text before anything reads it: Unicode compatibility forms (ligatures,
 * full-width punctuation, Arabic presentation forms), invisible characters, the usual
 * UTF-8-read-as-Latin-1 debris, and spacing. Offsets everywhere else point into this text.
 */
final class TextNormalizer {

    private static final Pattern MOJIBAKE_FULLWIDTH_COLON = Pattern.compile("ï¼[\\u0080-\\u009F\\u200B]?");
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]");
    private static final Pattern WIDE_GAP = Pattern.compile("[ \\t]{3,}");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private TextNormalizer() {}

    static String normalize(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = MOJIBAKE_FULLWIDTH_COLON.matcher(text).replaceAll(":");
        text = text.replace("Â\u00A0", " ")
                .replace("Â ", " ")
                .replace("â€™", "’")
                .replace("â€“", "–")
                .replace("â€”", "—")
                .replace("â€œ", "“")
                .replace("â€\u009D", "”")
                .replace("â€¢", "•");
        // Zero-width joiners go too: Persian words are then matched in their joined spelling.
        text = INVISIBLE.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = text.replace('\u00A0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202F', ' ')
                .replace('\u3000', ' ');
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            // A wide gap usually separates columns or a heading from a date: keep it visible as three spaces.
            String cleaned = SPACES.matcher(WIDE_GAP.matcher(line).replaceAll("\t"))
                    .replaceAll(" ")
                    .strip();
            cleaned = cleaned.replace("\t", "   ");
            out.append(cleaned).append('\n');
        }
        return BLANK_RUNS.matcher(out.toString().strip()).replaceAll("\n\n");
    }
}
