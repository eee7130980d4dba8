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
    /** Terms ending in a letter and at least this long may be followed by a version number ("Python3"). */
    private static final int MIN_LENGTH_FOR_VERSION_SUFFIX = 4;
    private static final int MAX_LIST_GAP = 14;
    private static final int MAX_HEADING = 48;

    private static final Set<String> CUES_BEFORE = Set.of("in", "using", "with", "via");
    private static final Set<String> CUES_AFTER = Set.of("programming", "language", "languages", "lang",
            "developer", "developers", "development", "code", "coding", "script", "scripts", "scripting",
            "libraries", "packages", "framework", "compiler", "software");
    private static final String[] HEADING_CUES = {"skill", "technolog", "technical", "tools", "software",
            "language", "programming", "proficienc", "competenc", "expertise", "environment", "platform",
            "framework", "database", "stack", "applications", "systems", "kenntnisse", "competences",
            "compétences", "habilidades", "conocimientos", "competencias", "vaardigheden", "competenze"};

    /** Domains whose skills are software products and languages, listed together in resumes. */
    private static final Set<String> SOFTWARE_DOMAINS = Set.of("tech", "office", "onet");

    private final Skill[] skills;
    private final int[] skillDomain;

    // terms
    private final int[] termSkill;
    private final boolean[] termAmbiguous;
    private final String[] termCased;   // non-null for case-sensitive terms
    private final int[] termLength;     // folded length
    private final int[] nextTermAtNode; // chain of terms sharing one trie node

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
    record IndexedTerm(String key, String text, int skill, boolean ambiguous, boolean caseSensitive) {
    }

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
            if (!isTokenStart(text, i)) {
                i++;
                continue;
            }
            int found = -1;
            int foundEnd = -1;
            int nested = walk(text, i, nestedNode, nestedEnd);
            for (int k = nested - 1; k >= 0 && found < 0; k--) {
                int end = nestedEnd[k];
                for (int term = nodeFirstTerm[nestedNode[k]]; term >= 0; term = nextTermAtNode[term]) {
                    if (endsAtBoundary(text, end, termLength[term]) && caseMatches(text, i, end, term)) {
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
        boolean[] accepted = acceptInContext(text, hitTerm, hitStart, hitEnd, hits, skillsSection);
        List<SkillMatch> matches = new ArrayList<>(hits);
        for (int h = 0; h < hits; h++) {
            if (accepted[h]) {
                matches.add(new SkillMatch(skills[termSkill[hitTerm[h]]], hitStart[h], hitEnd[h],
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

    private static boolean isTokenStart(char[] text, int i) {
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
        if (SkillText.isWordChar(c) && (p == '.' || p == '&' || p == '\'' || p == '\u2019')
                && i >= 2 && SkillText.isWordChar(text[i - 2])) {
            return false;
        }
        return true;
    }

    private static boolean endsAtBoundary(char[] text, int end, int termLength) {
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
        if ((x == '.' || x == '&' || x == '@') && end + 1 < text.length
                && SkillText.isWordChar(text[end + 1])) {
            return false; // "node.js" for "node", "R&D" for "R", an e-mail address
        }
        return true;
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

    private boolean[] acceptInContext(char[] text, int[] hitTerm, int[] hitStart, int[] hitEnd, int hits,
                                      boolean skillsSection) {
        boolean[] accepted = new boolean[hits];
        boolean[] rejected = new boolean[hits];
        boolean pending = false;
        for (int h = 0; h < hits; h++) {
            if (!termAmbiguous[hitTerm[h]]) {
                accepted[h] = true;
            } else if (isCompoundWord(text, hitStart[h], hitEnd[h])) {
                rejected[h] = true; // "C-level", "go-live", "R-value"
            } else if (skillsSection || underSkillsHeading(text, hitStart[h])
                    || hasCue(text, hitStart[h], hitEnd[h])) {
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
                        || (h + 1 < hits && accepted[h + 1]
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
            boolean listPunctuation = Character.isWhitespace(c) || Character.isDigit(c)
                    || ",;/|&()[]:+*-\u2013\u2014\u2022\u00B7\u25AA\u25CF\u25E6\u25CB\u25A0\u25A1\u27A2\u25BA\u00A0"
                    .indexOf(c) >= 0
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

    /**
     * Open-addressing map from (node, symbol) to child node; far fewer objects than nested maps.
     * Key and child sit side by side in one array so a lookup touches one cache line, and the
     * root's ASCII children (every token start asks for one) are a plain array.
     */
    private static final class TransitionTable {
        private static final long EMPTY = -1L;
        private final int[] rootAscii = new int[128];
        private long[] slots; // [key, child, key, child, ...]
        private int size;
        private int mask;

        TransitionTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            slots = new long[capacity * 2];
            mask = capacity - 1;
            for (int i = 0; i < slots.length; i += 2) {
                slots[i] = EMPTY;
            }
            Arrays.fill(rootAscii, -1);
        }

        private static long key(int node, char symbol) {
            return ((long) node << 16) | symbol;
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }

        int get(int node, char symbol) {
            if (node == 0 && symbol < 128) {
                return rootAscii[symbol];
            }
            long k = key(node, symbol);
            int slot = hash(k) & mask;
            while (true) {
                long found = slots[slot << 1];
                if (found == k) {
                    return (int) slots[(slot << 1) + 1];
                }
                if (found == EMPTY) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }

        void put(int node, char symbol, int child) {
            if (node == 0 && symbol < 128) {
                rootAscii[symbol] = child;
                return;
            }
            if ((size + 1) * 2 > mask + 1) {
                grow();
            }
            long k = key(node, symbol);
            int slot = hash(k) & mask;
            while (slots[slot << 1] != EMPTY && slots[slot << 1] != k) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot << 1] == EMPTY) {
                size++;
            }
            slots[slot << 1] = k;
            slots[(slot << 1) + 1] = child;
        }

        void encodeTerminals(int[] firstTerm) {
            for (int c = 0; c < rootAscii.length; c++) {
                rootAscii[c] = encode(rootAscii[c], firstTerm);
            }
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] != EMPTY) {
                    slots[i + 1] = encode((int) slots[i + 1], firstTerm);
                }
            }
        }

        private static int encode(int node, int[] firstTerm) {
            return node < 0 ? node : node * 2 + (firstTerm[node] >= 0 ? 1 : 0);
        }

        private void grow() {
            long[] old = slots;
            int capacity = (mask + 1) * 2;
            slots = new long[capacity * 2];
            for (int i = 0; i < slots.length; i += 2) {
                slots[i] = EMPTY;
            }
            mask = capacity - 1;
            size = 0;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY) {
                    put((int) (old[i] >>> 16), (char) (old[i] & 0xFFFF), (int) old[i + 1]);
                }
            }
        }
    }
}
