package io.touchpoint.rules.phonetic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A phrase of the rule language compiled for matching by sound: every way to say it (its
 * {@code (a|b|)} alternatives times its words' pronunciations) as a phone sequence, matched
 * against a text's phones with an edit distance that ignores word boundaries inside the match
 * ("bankruptcy" is found in a misheard "bank rupture see") but requires the match to start and
 * end on word boundaries ("lawyer" is not found inside "employer").
 *
 * <p>The allowed distance is {@code tolerance} (0.2 by default) times the number of phones, for
 * the phrase as a whole and for each of its words on its own, where confusable phones
 * ({@link Phones#substitution}) cost half an edit. A short word is therefore strict ("debt", 3
 * phones, allows one close substitution: "death", "dead", not "bet" nor "that"), a long one
 * tolerates more ("bankruptcy", 9 phones: "bank wrapped see"), and a two-phone word must sound
 * the same ("to", "two"). One exception, because recognizers often lose short unstressed words:
 * one word of one or two phones between two others may be missing altogether, for one edit of
 * the phrase's allowance ("cancel my account" in "cancel account", and in "console account").
 *
 * <pre>{@code
 * PhoneticPhrase debt = PhoneticPhrase.compile("(I'm|I am) in debt", dictionary, 0.2);
 * debt.findIn(SpokenWords.of("yes i'm in death up to my neck", dictionary));  // heard 'i'm in death' for 'i'm in debt'
 * }</pre>
 */
public final class PhoneticPhrase {

    /** Below this a pattern would match nearly anything, above it nothing useful is excluded. */
    public static final double MAX_TOLERANCE = 0.5;
    public static final double DEFAULT_TOLERANCE = 0.2;
    /** Similarity of a hit whose words only sound like the phrase, before the distance is taken off. */
    static final double SOUND_ALIKE_SCORE = 0.9;
    /** Inner words this short may be missing from what was heard, at the cost of one edit. */
    static final int MAX_DROPPABLE_PHONES = 2;
    /** More ways to say one phrase than this means the author did not mean it. */
    static final int MAX_VARIANTS = 64;

    /**
     * One way to say the phrase: its words and their phones.
     *
     * @param wordEnds for each word of the phrase, the index after its last phone
     */
    private record Variant(String words, int[] symbols, int[] wordEnds) {
        int wordOf(int symbol) {
            int word = 0;
            while (wordEnds[word] <= symbol) {
                word++;
            }
            return word;
        }

        int phonesOf(int word) {
            return wordEnds[word] - (word == 0 ? 0 : wordEnds[word - 1]);
        }

        /**
         * The phone index where the word ending at phone index {@code end} starts, when that word
         * may be dropped: a short word (one or two phones: "my", "the", "to") between two others.
         * Recognizers often lose such words; the first and last words anchor the phrase and are
         * never dropped. -1 otherwise.
         */
        int droppableWordEndingAt(int end) {
            for (int word = 1; word < wordEnds.length - 1; word++) {
                if (wordEnds[word] == end) {
                    return phonesOf(word) <= MAX_DROPPABLE_PHONES ? wordEnds[word - 1] : -1;
                }
            }
            return -1;
        }
    }

    /** A phrase the phonetic matcher cannot read. */
    public static final class PatternException extends Exception {
        private static final long serialVersionUID = 1L;

        PatternException(String message) {
            super(message);
        }
    }

    private final String pattern;
    private final List<Variant> variants;
    private final double tolerance;

    private PhoneticPhrase(String pattern, List<Variant> variants, double tolerance) {
        this.pattern = pattern;
        this.variants = variants;
        this.tolerance = tolerance;
    }

    /**
     * Compiles a phrase of plain words and {@code (a|b|)} groups (an empty alternative makes the
     * group optional); wildcards and exact forms belong to {@code phrases:}, not to phonetic matching.
     */
    public static PhoneticPhrase compile(String pattern, PronunciationDictionary dictionary, double tolerance)
            throws PatternException {
        requireNonNull(pattern, "pattern is null");
        requireNonNull(dictionary, "dictionary is null");
        if (!(tolerance >= 0 && tolerance <= MAX_TOLERANCE)) {
            throw new PatternException("tolerance " + tolerance + " is outside 0 to " + MAX_TOLERANCE);
        }
        for (char c : new char[] {'*', '=', '?'}) {
            if (pattern.indexOf(c) >= 0) {
                throw new PatternException("'" + c + "' in \"" + pattern + "\": phonetic phrases are plain words and "
                        + "(a|b) groups; use phrases: for wildcards and exact forms");
            }
        }
        Parser parser = new Parser(pattern);
        List<List<String>> wordings = parser.sequence();
        if (parser.position < pattern.length()) {
            throw new PatternException("unexpected '" + pattern.charAt(parser.position) + "' at character "
                    + (parser.position + 1) + " of phrase \"" + pattern + "\"");
        }
        List<Variant> variants = new ArrayList<>();
        for (List<String> words : wordings) {
            if (words.isEmpty()) {
                throw new PatternException("phrase \"" + pattern + "\" can match nothing: every word in it is optional");
            }
            // Each way to say it: its phones, then the end of each word's phones.
            List<int[][]> sounds = new ArrayList<>();
            sounds.add(new int[][] {new int[0], new int[0]});
            for (String word : words) {
                List<int[][]> next = new ArrayList<>();
                for (int[][] before : sounds) {
                    for (int[] pronunciation : SpokenWords.pronunciations(word, dictionary)) {
                        int[] joined = Arrays.copyOf(before[0], before[0].length + pronunciation.length);
                        System.arraycopy(pronunciation, 0, joined, before[0].length, pronunciation.length);
                        int[] ends = Arrays.copyOf(before[1], before[1].length + 1);
                        ends[ends.length - 1] = joined.length;
                        next.add(new int[][] {joined, ends});
                    }
                }
                sounds = next;
                if (sounds.size() > MAX_VARIANTS) {
                    break;
                }
            }
            for (int[][] sound : sounds) {
                variants.add(new Variant(String.join(" ", words), sound[0], sound[1]));
            }
            if (variants.size() > MAX_VARIANTS) {
                throw new PatternException("phrase \"" + pattern + "\" has more than " + MAX_VARIANTS
                        + " ways to say it (groups times pronunciations); split it into several phrases");
            }
        }
        return new PhoneticPhrase(pattern, List.copyOf(variants), tolerance);
    }

    public String pattern() {
        return pattern;
    }

    /**
     * Every place in {@code text} that sounds like the phrase, best first where two overlap
     * (the lower distance wins, then the exact wording), in text order.
     */
    public List<PhoneticMatch> findIn(SpokenWords text) {
        List<PhoneticMatch> candidates = new ArrayList<>();
        for (Variant variant : variants) {
            find(variant, text, candidates);
        }
        if (candidates.size() <= 1) {
            return candidates;
        }
        candidates.sort(Comparator.comparingDouble(PhoneticMatch::similarity).reversed()
                .thenComparingInt(PhoneticMatch::charStart));
        List<PhoneticMatch> kept = new ArrayList<>();
        for (PhoneticMatch candidate : candidates) {
            if (kept.stream().noneMatch(other -> other.charStart() < candidate.charEnd()
                    && candidate.charStart() < other.charEnd())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PhoneticMatch::charStart));
        return kept;
    }

    /**
     * Approximate matching of the variant's phones in the text's phones (Sellers' algorithm): the
     * match may start at any word start and end at any word end. The cheapest alignment is then
     * traced back to charge each edit to a word of the phrase: every word must be close on its
     * own too, so that a long phrase's allowance is not spent on one word ("I'm in that" is not
     * "I'm in debt": two edits in the one word that carries the meaning).
     */
    private void find(Variant variant, SpokenWords text, List<PhoneticMatch> out) {
        int[] pattern = variant.symbols;
        int m = pattern.length;
        int n = text.symbolCount();
        double budget = tolerance * m + 1e-9;
        double[][] cost = new double[m + 1][];
        cost[0] = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            cost[0][j] = text.startsWord(j) ? 0 : Double.POSITIVE_INFINITY;
        }
        for (int i = 1; i <= m; i++) {
            double[] previous = cost[i - 1];
            double[] current = new double[n + 1];
            cost[i] = current;
            // A droppable word ending here may be missing altogether: from the row before it, one edit.
            int skipFrom = variant.droppableWordEndingAt(i);
            double[] beforeWord = skipFrom < 0 ? null : cost[skipFrom];
            current[0] = previous[0] + 1;
            if (beforeWord != null) {
                current[0] = Math.min(current[0], beforeWord[0] + 1);
            }
            double rowMinimum = current[0];
            for (int j = 1; j <= n; j++) {
                double best = previous[j - 1] + Phones.substitution(pattern[i - 1], text.symbol(j - 1));
                best = Math.min(best, previous[j] + 1);
                best = Math.min(best, current[j - 1] + 1);
                if (beforeWord != null) {
                    best = Math.min(best, beforeWord[j] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > budget) {
                return;
            }
        }
        for (int j = 1; j <= n; j++) {
            if (cost[m][j] > budget || !text.endsWordBefore(j)) {
                continue;
            }
            int start = traceBack(variant, text, cost, j);
            if (start < 0 || start >= j) {
                continue;
            }
            int charStart = text.wordStart(text.wordOfSymbol(start));
            int charEnd = text.wordEnd(text.wordOfSymbol(j - 1));
            String heard = text.text().substring(charStart, charEnd);
            boolean sameWords = String.join(" ", SpokenWords.words(heard)).equals(variant.words);
            double similarity = sameWords ? 1.0 : SOUND_ALIKE_SCORE * Math.max(0, 1 - cost[m][j] / m);
            out.add(new PhoneticMatch(charStart, charEnd, variant.words, heard, cost[m][j], similarity));
        }
    }

    /**
     * Follows one cheapest alignment ending before text symbol {@code end} back to its start,
     * charging each edit to a word of the phrase (an extra text phone to the phrase word it
     * follows); -1 when a word is further from what was heard than its own allowance.
     */
    private int traceBack(Variant variant, SpokenWords text, double[][] cost, int end) {
        int[] pattern = variant.symbols;
        double[] charged = new double[variant.wordEnds.length];
        boolean[] dropped = new boolean[variant.wordEnds.length];
        int i = pattern.length;
        int j = end;
        while (i > 0) {
            int word = variant.wordOf(i - 1);
            double here = cost[i][j];
            if (j > 0) {
                double substitution = Phones.substitution(pattern[i - 1], text.symbol(j - 1));
                if (Math.abs(cost[i - 1][j - 1] + substitution - here) < 1e-9) {
                    charged[word] += substitution;
                    i--;
                    j--;
                    continue;
                }
                if (Math.abs(cost[i][j - 1] + 1 - here) < 1e-9) {
                    charged[word] += 1;
                    j--;
                    continue;
                }
            }
            int skipFrom = variant.droppableWordEndingAt(i);
            if (skipFrom >= 0 && Math.abs(cost[skipFrom][j] + 1 - here) < 1e-9) {
                dropped[word] = true;
                i = skipFrom;
                continue;
            }
            charged[word] += 1;
            i--;
        }
        int droppedWords = 0;
        for (int word = 0; word < charged.length; word++) {
            droppedWords += dropped[word] ? 1 : 0;
            if (!dropped[word] && charged[word] > tolerance * variant.phonesOf(word) + 1e-9) {
                return -1;
            }
        }
        return droppedWords <= 1 ? j : -1;
    }

    /** Reads words and (a|b|) groups into every wording they allow. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        List<List<String>> sequence() throws PatternException {
            List<List<String>> wordings = new ArrayList<>();
            wordings.add(List.of());
            while (true) {
                while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                    position++;
                }
                if (position >= text.length() || text.charAt(position) == ')' || text.charAt(position) == '|') {
                    return wordings;
                }
                List<List<String>> item;
                if (text.charAt(position) == '(') {
                    int open = position++;
                    item = new ArrayList<>();
                    while (true) {
                        item.addAll(sequence());
                        if (position < text.length() && text.charAt(position) == '|') {
                            position++;
                            continue;
                        }
                        break;
                    }
                    if (position >= text.length() || text.charAt(position) != ')') {
                        throw new PatternException("'(' at character " + (open + 1) + " of phrase \"" + text
                                + "\" is never closed");
                    }
                    position++;
                } else {
                    int start = position;
                    while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                            && "()|".indexOf(text.charAt(position)) < 0) {
                        position++;
                    }
                    item = List.of(SpokenWords.words(text.substring(start, position)));
                }
                List<List<String>> next = new ArrayList<>();
                for (List<String> before : wordings) {
                    for (List<String> after : item) {
                        List<String> joined = new ArrayList<>(before);
                        joined.addAll(after);
                        next.add(joined);
                    }
                }
                if (next.size() > MAX_VARIANTS) {
                    throw new PatternException("phrase \"" + text + "\" has too many optional groups; split it into several phrases");
                }
                wordings = next;
            }
        }
    }
}
