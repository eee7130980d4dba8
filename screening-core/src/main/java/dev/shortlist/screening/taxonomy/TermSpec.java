package dev.shortlist.screening.taxonomy;

/**
 * One way a skill is written: its canonical name or an alias, with how it may be matched.
 *
 * <p>In the taxonomy file a term may carry two prefix markers: {@code ?} — ambiguous, matched
 * in free text only with context (a list of other skills, a skills heading, or a cue word such as
 * "in R", "C programming"); {@code ^} — case-sensitive ("Go" the language, not "go").
 *
 * @param text          the term as written, markers removed
 * @param ambiguous     needs context to count as a mention
 * @param caseSensitive matched only with exactly this capitalisation
 */
record TermSpec(String text, boolean ambiguous, boolean caseSensitive) {

    static TermSpec parse(String raw) {
        String s = raw.strip();
        boolean ambiguous = false;
        boolean caseSensitive = false;
        while (!s.isEmpty() && (s.charAt(0) == '?' || s.charAt(0) == '^')) {
            if (s.charAt(0) == '?') {
                ambiguous = true;
            } else {
                caseSensitive = true;
            }
            s = s.substring(1).strip();
        }
        return new TermSpec(s, ambiguous, caseSensitive);
    }

    static TermSpec plain(String text) {
        return new TermSpec(text.strip(), false, false);
    }
}
