package dev.shortlist.screening.taxonomy;

import java.text.Normalizer;

/**
 * Character-level normalisation shared by the term index and the matcher, so that a term and
 * the text it is found in are folded the same way: lower case, diacritics removed
 * ("comptabilité" = "comptabilite"), and every run of whitespace or hyphens counted as one gap
 * ("e-commerce" = "e commerce", "machine\nlearning" = "machine learning"). Folding is one char
 * to one char, so offsets in the original text never need remapping.
 */
final class SkillText {

    /** The symbol a run of gap characters folds to. */
    static final char GAP = ' ';

    private static final int TABLE_SIZE = 0x0250;
    private static final char[] FOLD = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLD[c] = foldSlow((char) c);
        }
    }

    private SkillText() {}

    private static char foldSlow(char c) {
        char lower = Character.toLowerCase(c);
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        // Keep letters that do not decompose (ß, ø, æ) as they are.
        return Character.isLetter(base) ? base : lower;
    }

    static boolean isGap(char c) {
        if (c < 128) {
            return ASCII_GAP[c];
        }
        return isGapSlow(c);
    }

    private static final boolean[] ASCII_GAP = new boolean[128];
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_GAP[c] = isGapSlow(c);
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_LETTER[c] = Character.isLetter(c);
        }
    }

    private static boolean isGapSlow(char c) {
        return c == ' '
                || c == '-'
                || c == '\n'
                || c == '\r'
                || c == '\t'
                || c == '\u00A0'
                || (c >= '\u2010' && c <= '\u2014')
                || c == '\u202F'
                || c == '\u2007'
                || c == '\f'
                || c == '\u000B'
                || c == '\u00AD';
    }

    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    /** Folds one non-gap character. */
    static char fold(char c) {
        if (c < TABLE_SIZE) {
            return FOLD[c];
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (c >= '\u2000' && c < '\u2070') {
            return c; // general punctuation: no case to fold
        }
        return Character.toLowerCase(c);
    }

    /** Folds a whole term: the key under which it is indexed and resolved. */
    static String normalize(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingGap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isGap(c)) {
                pendingGap = out.length() > 0;
                continue;
            }
            if (pendingGap) {
                out.append(GAP);
                pendingGap = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /** The term with its gaps collapsed to single spaces but its case kept, for case-sensitive terms. */
    static String collapseGaps(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingGap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isGap(c)) {
                pendingGap = out.length() > 0;
                continue;
            }
            if (pendingGap) {
                out.append(GAP);
                pendingGap = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Lower-case, hyphen-separated ASCII slug, e.g. "Node.js" → "node-js", "C++" → "c-plus-plus". */
    static String slug(String name) {
        String s = name.replace("++", " plus plus ")
                .replace("+", " plus ")
                .replace("#", " sharp ")
                .replace("&", " and ");
        String folded = normalize(s);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
