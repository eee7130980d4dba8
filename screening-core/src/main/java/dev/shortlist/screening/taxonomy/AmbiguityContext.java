package dev.shortlist.screening.taxonomy;

import java.util.Set;

/**
 * Decides which matches of ambiguous terms ("C", "R", "Go", "Chef") count: those with context, a
 * skills heading on the line ("Technical skills: ..."), a cue word ("in R", "C programming"), or a
 * neighbour in a list of skills of the same domain ("Python, R, SQL"). Immutable, thread-safe.
 */
final class AmbiguityContext {

    private static final int MAX_LIST_GAP = 14;
    private static final int MAX_HEADING = 48;

    private static final Set<String> CUES_BEFORE = Set.of("in", "using", "with", "via");
    private static final Set<String> CUES_AFTER = Set.of(
            "programming",
            "language",
            "languages",
            "lang",
            "developer",
            "developers",
            "development",
            "code",
            "coding",
            "script",
            "scripts",
            "scripting",
            "libraries",
            "packages",
            "framework",
            "compiler",
            "software");
    private static final String[] HEADING_CUES = {
        "skill",
        "technolog",
        "technical",
        "tools",
        "software",
        "language",
        "programming",
        "proficienc",
        "competenc",
        "expertise",
        "environment",
        "platform",
        "framework",
        "database",
        "stack",
        "applications",
        "systems",
        "kenntnisse",
        "competences",
        "compétences",
        "habilidades",
        "conocimientos",
        "competencias",
        "vaardigheden",
        "competenze"
    };

    private final boolean[] termAmbiguous;
    private final int[] termSkill;
    private final int[] skillDomain;

    /** The matcher's arrays, shared, never changed: by term, whether ambiguous and its skill; by skill, its domain. */
    AmbiguityContext(boolean[] termAmbiguous, int[] termSkill, int[] skillDomain) {
        this.termAmbiguous = termAmbiguous;
        this.termSkill = termSkill;
        this.skillDomain = skillDomain;
    }

    /** Which of the {@code hits} (term, start, end) are accepted. */
    boolean[] accept(char[] text, int[] hitTerm, int[] hitStart, int[] hitEnd, int hits, boolean skillsSection) {
        boolean[] accepted = new boolean[hits];
        boolean[] rejected = new boolean[hits];
        boolean pending = false;
        for (int h = 0; h < hits; h++) {
            if (!termAmbiguous[hitTerm[h]]) {
                accepted[h] = true;
            } else if (isCompoundWord(text, hitStart[h], hitEnd[h])) {
                rejected[h] = true; // "C-level", "go-live", "R-value"
            } else if (skillsSection || underSkillsHeading(text, hitStart[h]) || hasCue(text, hitStart[h], hitEnd[h])) {
                accepted[h] = true;
            } else {
                pending = true;
            }
        }
        // Lists: an ambiguous term next to an accepted skill of the same domain, separated only by
        // list punctuation, is a list item. Propagate both ways so "Python, R, Go" accepts both.
        while (pending) {
            pending = false;
            for (int h = 0; h < hits; h++) {
                if (accepted[h] || rejected[h]) {
                    continue;
                }
                if ((h > 0 && accepted[h - 1] && listNeighbours(text, hitTerm, hitStart, hitEnd, h - 1, h))
                        || (h + 1 < hits
                                && accepted[h + 1]
                                && listNeighbours(text, hitTerm, hitStart, hitEnd, h, h + 1))) {
                    accepted[h] = true;
                    pending = true;
                }
            }
        }
        return accepted;
    }

    private boolean listNeighbours(char[] text, int[] hitTerm, int[] hitStart, int[] hitEnd, int a, int b) {
        int skillA = termSkill[hitTerm[a]];
        int skillB = termSkill[hitTerm[b]];
        if (skillDomain[skillA] != skillDomain[skillB]) {
            return false;
        }
        int from = hitEnd[a];
        int to = hitStart[b];
        if (to - from > MAX_LIST_GAP) {
            return false;
        }
        int i = from;
        while (i < to) {
            char c = text[i];
            if (SkillText.isLetter(c)) {
                int wordEnd = i;
                while (wordEnd < to && SkillText.isLetter(text[wordEnd])) {
                    wordEnd++;
                }
                String word = new String(text, i, wordEnd - i).toLowerCase();
                if (!word.equals("and") && !word.equals("or")) {
                    return false;
                }
                i = wordEnd;
                continue;
            }
            boolean listPunctuation = Character.isWhitespace(c)
                    || Character.isDigit(c)
                    || ",;/|&()[]:+*-\u2013\u2014\u2022\u00B7\u25AA\u25CF\u25E6\u25CB\u25A0\u25A1\u27A2\u25BA\u00A0"
                                    .indexOf(c)
                            >= 0
                    || (c == '.' && i > 0 && Character.isDigit(text[i - 1]));
            if (!listPunctuation) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static boolean isCompoundWord(char[] text, int start, int end) {
        if (start >= 2 && text[start - 1] == '-' && SkillText.isWordChar(text[start - 2])) {
            return true;
        }
        return end + 1 < text.length && text[end] == '-' && SkillText.isWordChar(text[end + 1]);
    }

    private static boolean underSkillsHeading(char[] text, int start) {
        int colon = -1;
        int i = start - 1;
        int limit = Math.max(0, start - 200);
        for (; i >= limit; i--) {
            char c = text[i];
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == ':' && colon < 0) {
                colon = i;
            }
        }
        if (colon < 0) {
            return false;
        }
        int lineStart = i + 1;
        int from = Math.max(lineStart, colon - MAX_HEADING);
        String heading = new String(text, from, colon - from).toLowerCase();
        for (String cue : HEADING_CUES) {
            if (heading.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCue(char[] text, int start, int end) {
        String before = wordBefore(text, start);
        if (before != null && CUES_BEFORE.contains(before) && !followedByNumber(text, end)) {
            return true;
        }
        String after = wordAfter(text, end);
        return after != null && CUES_AFTER.contains(after);
    }

    private static boolean followedByNumber(char[] text, int end) {
        int i = end;
        while (i < text.length && text[i] == ' ') {
            i++;
        }
        return i < text.length && Character.isDigit(text[i]);
    }

    private static String wordBefore(char[] text, int start) {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && SkillText.isLetter(text[i])) {
            i--;
        }
        return end - (i + 1) == 0 ? null : new String(text, i + 1, end - (i + 1)).toLowerCase();
    }

    private static String wordAfter(char[] text, int end) {
        int i = end;
        while (i < text.length && text[i] == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length && SkillText.isLetter(text[i])) {
            i++;
        }
        return i == start ? null : new String(text, start, i - start).toLowerCase();
    }
}
