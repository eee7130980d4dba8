package dev.shortlist.screening.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds skill mentions in free text with one pass over a character trie of folded terms.
 *
 * <p>A match may start only at a token start and must end at a token boundary, so "Java" is
 * not found in "JavaScript", "SQL" not in "MySQL", "C" not in "C++" or "R&amp;D". At each
 * position the longest term wins ("Microsoft SQL Server" over "SQL Server"). Ambiguous terms
 * ("C", "R", "Go", "Chef") count only with context, decided in a second pass: a skills heading
 * on the line ("Technical skills: ..."), a cue word ("in R", "C programming"), or a neighbour in
 * a list of skills of the same domain ("Python, R, SQL").
 *
 * <p>Instances are immutable and thread-safe.
 */
final class SkillMatcher {

    private static final int ASCII = 128;
    private static final int MAX_NESTED = 32;

    /** Domains whose skills are software products and languages, listed together in resumes. */
    private static final Set<String> SOFTWARE_DOMAINS = Set.of("tech", "office", "onet");

    private final Skill[] skills;
    private final int[] skillDomain;

    // terms
    private final int[] termSkill;
    private final boolean[] termAmbiguous;
    private final String[] termCased; // non-null for case-sensitive terms
    private final int[] termLength; // folded length
    private final int[] nextTermAtNode; // chain of terms sharing one trie node

    private final AmbiguityContext context;

    // trie
    private final TransitionTable transitions;
    private final int[] nodeFirstTerm;
    private final int[] firstTwoSteps;

    SkillMatcher(List<Skill> skillList, List<IndexedTerm> terms) {
        this.skills = skillList.toArray(new Skill[0]);
        this.skillDomain = new int[skills.length];
        List<String> domains = new ArrayList<>();
        for (int s = 0; s < skills.length; s++) {
            String id = skills[s].id();
            int dot = id.indexOf('.');
            String domain = dot < 0 ? id : id.substring(0, dot);
            if (SOFTWARE_DOMAINS.contains(domain)) {
                domain = "software"; // "Word, Python, Splunk" is one list of tools
            }
            int d = domains.indexOf(domain);
            if (d < 0) {
                domains.add(domain);
                d = domains.size() - 1;
            }
            skillDomain[s] = d;
        }
        int t = terms.size();
        termSkill = new int[t];
        termAmbiguous = new boolean[t];
        termCased = new String[t];
        termLength = new int[t];
        nextTermAtNode = new int[t];
        transitions = new TransitionTable(Math.max(1024, t * 8));
        int[] firstTerm = new int[Math.max(1024, t * 4)];
        Arrays.fill(firstTerm, -1);
        int nodes = 1;
        for (int i = 0; i < t; i++) {
            IndexedTerm term = terms.get(i);
            termSkill[i] = term.skill();
            termAmbiguous[i] = term.ambiguous();
            termCased[i] = term.caseSensitive() ? SkillText.collapseGaps(term.text()) : null;
            termLength[i] = term.key().length();
            int node = 0;
            String key = term.key();
            for (int k = 0; k < key.length(); k++) {
                char c = key.charAt(k);
                int next = transitions.get(node, c);
                if (next < 0) {
                    next = nodes++;
                    transitions.put(node, c, next);
                }
                node = next;
            }
            if (node >= firstTerm.length) {
                int old = firstTerm.length;
                firstTerm = Arrays.copyOf(firstTerm, Math.max(node + 1, old * 2));
                Arrays.fill(firstTerm, old, firstTerm.length, -1);
            }
            // keep the chain in index order: explicit terms were added before derived ones
            nextTermAtNode[i] = -1;
            if (firstTerm[node] < 0) {
                firstTerm[node] = i;
            } else {
                int last = firstTerm[node];
                while (nextTermAtNode[last] >= 0) {
                    last = nextTermAtNode[last];
                }
                nextTermAtNode[last] = i;
            }
        }
        int built = firstTerm.length;
        this.nodeFirstTerm = Arrays.copyOf(firstTerm, Math.max(nodes, 1));
        if (nodes > built) {
            Arrays.fill(nodeFirstTerm, built, nodes, -1);
        }
        this.context = new AmbiguityContext(termAmbiguous, termSkill, skillDomain);
        // From here on a child is encoded as node * 2 + (1 if a term ends there): the walk learns
        // whether to look at terms without touching another array.
        transitions.encodeTerminals(nodeFirstTerm);
        // Every token start takes the first two steps: keep them in a small array that stays in cache.
        this.firstTwoSteps = new int[ASCII * ASCII];
        for (char first = 0; first < ASCII; first++) {
            int child = transitions.get(0, first);
            for (char second = 0; second < ASCII; second++) {
                firstTwoSteps[first * ASCII + second] = child < 0 ? -1 : transitions.get(child >> 1, second);
            }
        }
    }

    /** A term as indexed: its folded key, the skill it names, and how it may match. */
    record IndexedTerm(String key, String text, int skill, boolean ambiguous, boolean caseSensitive) {}

    /**
     * @param skillsSection the whole text is known to list skills: ambiguous terms need no
     *                      further context
     */
    List<SkillMatch> find(CharSequence input, boolean skillsSection) {
        char[] text = input.toString().toCharArray();
        int n = text.length;
        int[] hitTerm = new int[64];
        int[] hitStart = new int[64];
        int[] hitEnd = new int[64];
        int hits = 0;
        int[] nestedNode = new int[MAX_NESTED];
        int[] nestedEnd = new int[MAX_NESTED];
        int i = 0;
        while (i < n) {
            if (!TokenBoundaries.isTokenStart(text, i)) {
                i++;
                continue;
            }
            int found = -1;
            int foundEnd = -1;
            int nested = walk(text, i, nestedNode, nestedEnd);
            for (int k = nested - 1; k >= 0 && found < 0; k--) {
                int end = nestedEnd[k];
                for (int term = nodeFirstTerm[nestedNode[k]]; term >= 0; term = nextTermAtNode[term]) {
                    if (TokenBoundaries.endsAtBoundary(text, end, termLength[term])
                            && caseMatches(text, i, end, term)) {
                        found = term;
                        foundEnd = end;
                        break;
                    }
                }
            }
            if (found < 0) {
                // no term starts here; the rest of this word cannot start a token either
                i++;
                while (i < n && SkillText.isWordChar(text[i]) && SkillText.isWordChar(text[i - 1])) {
                    i++;
                }
                continue;
            }
            if (hits == hitTerm.length) {
                hitTerm = Arrays.copyOf(hitTerm, hits * 2);
                hitStart = Arrays.copyOf(hitStart, hits * 2);
                hitEnd = Arrays.copyOf(hitEnd, hits * 2);
            }
            hitTerm[hits] = found;
            hitStart[hits] = i;
            hitEnd[hits] = foundEnd;
            hits++;
            i = foundEnd;
        }
        boolean[] accepted = context.accept(text, hitTerm, hitStart, hitEnd, hits, skillsSection);
        List<SkillMatch> matches = new ArrayList<>(hits);
        for (int h = 0; h < hits; h++) {
            if (accepted[h]) {
                matches.add(new SkillMatch(
                        skills[termSkill[hitTerm[h]]],
                        hitStart[h],
                        hitEnd[h],
                        new String(text, hitStart[h], hitEnd[h] - hitStart[h])));
            }
        }
        return matches;
    }

    /** Walks the trie from {@code start}; records every node that ends a term, with its end offset. */
    private int walk(char[] text, int start, int[] nestedNode, int[] nestedEnd) {
        int n = text.length;
        int node = 0;
        int i = start;
        int nested = 0;
        while (i < n) {
            char c = text[i];
            boolean gap = SkillText.isGap(c);
            char symbol = gap ? SkillText.GAP : SkillText.fold(c);
            int child;
            if (i == start + 1 && symbol < ASCII && text[start] < ASCII) {
                child = firstTwoSteps[SkillText.fold(text[start]) * ASCII + symbol];
            } else {
                child = transitions.get(node, symbol);
            }
            if (child < 0) {
                break;
            }
            node = child >> 1;
            i++;
            if (gap) {
                // a run of spaces, hyphens and line breaks is one gap; skip it only when a term
                // continues here (PDF text has long runs of layout spaces)
                while (i < n && SkillText.isGap(text[i])) {
                    i++;
                }
            }
            if ((child & 1) != 0 && symbol != SkillText.GAP && nested < MAX_NESTED) {
                nestedNode[nested] = node;
                nestedEnd[nested] = i;
                nested++;
            }
        }
        return nested;
    }

    private boolean caseMatches(char[] text, int start, int end, int term) {
        String cased = termCased[term];
        if (cased == null) {
            return true;
        }
        int k = 0;
        int i = start;
        while (i < end) {
            char c = text[i];
            if (SkillText.isGap(c)) {
                while (i < end && SkillText.isGap(text[i])) {
                    i++;
                }
                if (k >= cased.length() || cased.charAt(k) != SkillText.GAP) {
                    return false;
                }
            } else {
                if (k >= cased.length() || cased.charAt(k) != c) {
                    return false;
                }
                i++;
            }
            k++;
        }
        return k == cased.length();
    }
}
