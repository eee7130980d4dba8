package dev.shortlist.screening.taxonomy;

/**
 * Where a skill term may start and end in text: at a token start, and at a boundary that does not
 * continue the word ("Java" is not in "JavaScript", "C" not in "C++", "node" not in "node.js").
 */
final class TokenBoundaries {

    /** Terms ending in a letter and at least this long may be followed by a version number ("Python3"). */
    private static final int MIN_LENGTH_FOR_VERSION_SUFFIX = 4;

    private TokenBoundaries() {}

    static boolean isTokenStart(char[] text, int i) {
        char c = text[i];
        if (SkillText.isGap(c)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = text[i - 1];
        if (SkillText.isWordChar(p)) {
            return false;
        }
        // "asp.net", "r&d", "o'reilly": a word glued to the previous one by . & ' is not a new token
        if (SkillText.isWordChar(c)
                && (p == '.' || p == '&' || p == '\'' || p == '\u2019')
                && i >= 2
                && SkillText.isWordChar(text[i - 2])) {
            return false;
        }
        return true;
    }

    static boolean endsAtBoundary(char[] text, int end, int termLength) {
        if (end >= text.length) {
            return true;
        }
        char last = text[end - 1];
        if (!SkillText.isWordChar(last)) {
            return true;
        }
        char x = text[end];
        if (SkillText.isLetter(x) || x == '+' || x == '#') {
            return false;
        }
        if (Character.isDigit(x)) {
            // "Python3", "Java8": a version glued to a name; never for short terms ("C1", "R2")
            return SkillText.isLetter(last) && termLength >= MIN_LENGTH_FOR_VERSION_SUFFIX;
        }
        if ((x == '.' || x == '&' || x == '@') && end + 1 < text.length && SkillText.isWordChar(text[end + 1])) {
            return false; // "node.js" for "node", "R&D" for "R", an e-mail address
        }
        return true;
    }
}
