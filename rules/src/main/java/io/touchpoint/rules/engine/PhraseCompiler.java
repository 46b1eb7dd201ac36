package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Compiles one phrase pattern of the rule language to Lucene intervals.
 *
 * <p>Syntax, word by word: a plain word matches its inflections as the light KStem stemmer sees them ({@code fee} matches
 * "fees", {@code cancel} "cancelled"); {@code =word} matches that exact form; {@code word*} any word starting
 * so ({@code cancel*}); {@code c*l} a wildcard; a lone {@code *} up to one word of any kind
 * ({@code cancel * account} matches "cancel account" and "cancel my account");
 * {@code (close|cancel|shut down)} alternatives, and an empty alternative makes the group
 * optional ({@code (my|the|) bill}); {@code [CARD]} a redaction placeholder.
 */
public final class PhraseCompiler {

    /** Variants of one phrase from optional groups; more means the author did not mean it. */
    static final int MAX_VARIANTS = 64;

    /**
     * Words so frequent in conversation that keying a pattern on them filters almost nothing:
     * the percolator prefers any other word of the phrase as its key.
     */
    private static final Set<String> COMMON_WORDS = Set.of("a", "an", "the", "to", "for", "of", "in", "on", "at", "and",
            "or", "but", "is", "are", "was", "were", "be", "been", "it", "it's", "that", "that's", "this", "i", "i'm",
            "i'll", "i've", "i'd", "me", "my", "you", "you're", "your", "we", "we're", "our", "us", "can", "could",
            "will", "would", "do", "does", "did", "have", "has", "had", "not", "no", "yes", "so", "just", "with",
            "what", "how", "if", "there", "here", "get", "got", "okay", "ok", "thank", "thanks", "please", "about",
            "all", "up", "out", "know", "like", "want", "need", "let", "see", "one", "now", "today");

    /** The weight of a common word as a key, against 1 for any other word. */
    private static final int COMMON_WORD_WEIGHT = 50;

    private final TranscriptAnalyzer analyzer;
    private final TermDictionary dictionary;

    /** @param dictionary numbers the terms of the compiled patterns (the percolator's) */
    public PhraseCompiler(TranscriptAnalyzer analyzer, TermDictionary dictionary) {
        this.analyzer = requireNonNull(analyzer, "analyzer is null");
        this.dictionary = requireNonNull(dictionary, "dictionary is null");
    }

    /** A pattern the compiler cannot read; the message says what and where in the pattern. */
    public static final class PatternException extends Exception {
        private static final long serialVersionUID = 1L;

        PatternException(String message) {
            super(message);
        }
    }

    private enum Kind { STEMMED, EXACT, PREFIX, WILDCARD, GAP }

    /** A parsed pattern item: a word, or a group of alternative sequences. */
    private sealed interface Item permits Word, Group {
    }

    private record Word(Kind kind, String text) implements Item {
    }

    /** Alternatives; {@code optional} when one of them was empty. */
    private record Group(List<List<Item>> alternatives, boolean optional) implements Item {
    }

    /** Compiles the alternatives of one phrase list into one source. */
    public LexicalSource compileAll(List<String> patterns, String description) throws PatternException {
        List<LexicalSource> alternatives = new ArrayList<>();
        for (String pattern : patterns) {
            alternatives.add(compile(pattern));
        }
        return LexicalSource.anyOf(alternatives, description);
    }

    private LexicalSource compile(String pattern) throws PatternException {
        String trimmed = pattern.strip();
        if (trimmed.isEmpty()) {
            throw new PatternException("empty phrase");
        }
        Parser parser = new Parser(trimmed);
        List<Item> items = parser.sequence();
        if (parser.position < trimmed.length()) {
            throw new PatternException("unexpected '" + trimmed.charAt(parser.position) + "' at character "
                    + (parser.position + 1) + " of phrase \"" + pattern + "\"");
        }
        return sequence(items, pattern, true);
    }

    // ---- parsing ---------------------------------------------------------------------------

    /** Recursive-descent reader of the pattern syntax. */
    private final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        /** A sequence of items up to ')' or '|' or the end. */
        List<Item> sequence() throws PatternException {
            List<Item> items = new ArrayList<>();
            while (true) {
                while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                    position++;
                }
                if (position >= text.length() || text.charAt(position) == ')' || text.charAt(position) == '|') {
                    return items;
                }
                char c = text.charAt(position);
                if (c == '(') {
                    int open = position;
                    position++;
                    List<List<Item>> alternatives = new ArrayList<>();
                    boolean optional = false;
                    while (true) {
                        List<Item> alternative = sequence();
                        if (alternative.isEmpty()) {
                            optional = true;
                        } else {
                            alternatives.add(alternative);
                        }
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
                    if (alternatives.isEmpty()) {
                        throw new PatternException("empty group '()' in phrase \"" + text + "\"");
                    }
                    items.add(new Group(alternatives, optional));
                    continue;
                }
                int start = position;
                while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                        && "()|".indexOf(text.charAt(position)) < 0) {
                    position++;
                }
                items.addAll(words(text.substring(start, position)));
            }
        }
    }

    private List<Word> words(String raw) throws PatternException {
        if (raw.equals("*")) {
            return List.of(new Word(Kind.GAP, "*"));
        }
        boolean exact = raw.startsWith("=");
        String body = exact ? raw.substring(1) : raw;
        if (body.isEmpty()) {
            throw new PatternException("'=' must be followed by a word");
        }
        if (body.indexOf('*') >= 0) {
            String lower = body.toLowerCase(Locale.ROOT);
            int star = lower.indexOf('*');
            if (star == lower.length() - 1 && star > 0) {
                return List.of(new Word(Kind.PREFIX, lower.substring(0, star)));
            }
            if (lower.replace("*", "").isEmpty()) {
                throw new PatternException("wildcard '" + raw + "' has no letters");
            }
            return List.of(new Word(Kind.WILDCARD, lower));
        }
        List<Word> words = new ArrayList<>();
        for (String[] token : analyze(body)) {
            String surface = token[0];
            String stem = token[1];
            words.add(exact ? new Word(Kind.EXACT, surface) : new Word(Kind.STEMMED, stem == null ? surface : stem));
        }
        return words;
    }

    /** Surface and (when different) stem of each word position in {@code text}. */
    private List<String[]> analyze(String text) {
        List<String[]> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("phrase", TranscriptAnalyzer.protectPlaceholders(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (increment.getPositionIncrement() == 0 && !tokens.isEmpty()) {
                    tokens.getLast()[1] = value.substring(TranscriptAnalyzer.STEM_MARK.length());
                } else {
                    tokens.add(new String[] {value, null});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a phrase in memory failed", e);
        }
        return tokens;
    }

    // ---- to intervals ----------------------------------------------------------------------

    /** Keys of one compiled piece: what the percolator looks up. */
    private record Keys(Set<String> terms, Set<String> prefixes, boolean unfiltered) {
        /**
         * How often the key lets a transcript through: one per term, and many for the words of
         * everyday speech, which nearly every transcript contains ("thank you FOR calling" is
         * better keyed on "calling" than on "for").
         */
        int weight() {
            if (unfiltered) {
                return Integer.MAX_VALUE;
            }
            int weight = prefixes.size();
            for (String term : terms) {
                String word = term.startsWith(TranscriptAnalyzer.STEM_MARK) ? term.substring(TranscriptAnalyzer.STEM_MARK.length()) : term;
                weight += COMMON_WORDS.contains(word) ? COMMON_WORD_WEIGHT : 1;
            }
            return weight;
        }
    }

    private record Piece(IntervalsPattern pattern, Keys keys, String description) {
    }

    /**
     * Compiles a sequence; optional groups become variants with and without them. Lone stars
     * are allowed only at the top level, between words.
     */
    private LexicalSource sequence(List<Item> items, String pattern, boolean topLevel) throws PatternException {
        List<List<Item>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (Item item : items) {
            List<List<Item>> next = new ArrayList<>();
            for (List<Item> variant : variants) {
                List<Item> with = new ArrayList<>(variant);
                with.add(item instanceof Group group && group.optional ? new Group(group.alternatives, false) : item);
                next.add(with);
                if (item instanceof Group group && group.optional) {
                    next.add(variant);
                }
            }
            if (next.size() > MAX_VARIANTS) {
                throw new PatternException("phrase \"" + pattern + "\" has too many optional groups; split it into several phrases");
            }
            variants = next;
        }
        List<LexicalSource> compiled = new ArrayList<>();
        for (List<Item> variant : variants) {
            if (variant.isEmpty()) {
                throw new PatternException("phrase \"" + pattern + "\" can match nothing: every word in it is optional");
            }
            compiled.add(variant(variant, pattern, topLevel));
        }
        return LexicalSource.anyOf(compiled, pattern);
    }

    /** Compiles each pattern on its own, so that the percolator can skip each one separately. */
    public List<LexicalSource> compileEach(List<String> patterns) throws PatternException {
        List<LexicalSource> sources = new ArrayList<>();
        for (String pattern : patterns) {
            sources.add(compile(pattern));
        }
        return sources;
    }

    private LexicalSource variant(List<Item> items, String pattern, boolean topLevel) throws PatternException {
        if (isGap(items.getFirst()) || isGap(items.getLast())) {
            throw new PatternException("phrase \"" + pattern + "\" starts or ends with a lone '*'; "
                    + "a lone '*' stands for a word between two others");
        }
        List<IntervalsPattern> segments = new ArrayList<>();
        List<Integer> gapsBefore = new ArrayList<>();
        List<IntervalsPattern> current = new ArrayList<>();
        Keys best = null;
        int pendingGap = 0;
        for (Item item : items) {
            if (isGap(item)) {
                if (!topLevel) {
                    throw new PatternException("a lone '*' cannot be inside a group in phrase \"" + pattern + "\"");
                }
                if (!current.isEmpty()) {
                    segments.add(IntervalsPattern.phrase(current));
                    current = new ArrayList<>();
                }
                pendingGap++;
                continue;
            }
            if (current.isEmpty()) {
                gapsBefore.add(pendingGap);
                pendingGap = 0;
            }
            Piece piece = piece(item, pattern);
            current.add(piece.pattern);
            if (best == null || better(piece.keys, best)) {
                best = piece.keys;
            }
        }
        segments.add(IntervalsPattern.phrase(current));
        IntervalsPattern combined = segments.getFirst();
        for (int i = 1; i < segments.size(); i++) {
            // "a * b": b after a with at most as many words between as there are lone stars.
            combined = IntervalsPattern.maxGaps(gapsBefore.get(i), IntervalsPattern.ordered(List.of(combined, segments.get(i))));
        }
        return new LexicalSource(combined, best.unfiltered ? Set.of() : best.terms,
                best.unfiltered ? Set.of() : best.prefixes, best.unfiltered, pattern);
    }

    /** Fewer keys filter better; among equals, longer words are rarer. */
    private static boolean better(Keys candidate, Keys current) {
        if (candidate.weight() != current.weight()) {
            return candidate.weight() < current.weight();
        }
        return shortestKey(candidate) > shortestKey(current);
    }

    private static int shortestKey(Keys keys) {
        int shortest = Integer.MAX_VALUE;
        for (String term : keys.terms) {
            shortest = Math.min(shortest, term.startsWith(TranscriptAnalyzer.STEM_MARK) ? term.length() - 1 : term.length());
        }
        for (String prefix : keys.prefixes) {
            shortest = Math.min(shortest, prefix.length());
        }
        return shortest == Integer.MAX_VALUE ? 0 : shortest;
    }

    private static boolean isGap(Item item) {
        return item instanceof Word word && word.kind == Kind.GAP;
    }

    private Piece piece(Item item, String pattern) throws PatternException {
        if (item instanceof Word word) {
            return new Piece(pattern(word), keys(word), word.text);
        }
        Group group = (Group) item;
        List<LexicalSource> alternatives = new ArrayList<>();
        for (List<Item> alternative : group.alternatives) {
            alternatives.add(sequence(alternative, pattern, false));
        }
        LexicalSource any = LexicalSource.anyOf(alternatives, pattern);
        return new Piece(any.pattern(), new Keys(any.keys(), any.prefixKeys(), any.unfiltered()), pattern);
    }

    private IntervalsPattern pattern(Word word) {
        return switch (word.kind) {
            case STEMMED -> IntervalsPattern.or(List.of(IntervalsPattern.term(dictionary, word.text),
                    IntervalsPattern.term(dictionary, TranscriptAnalyzer.STEM_MARK + word.text)));
            case EXACT -> IntervalsPattern.term(dictionary, word.text);
            case PREFIX -> IntervalsPattern.prefix(dictionary, word.text);
            case WILDCARD -> IntervalsPattern.wildcard(dictionary, word.text);
            case GAP -> throw new IllegalStateException("gaps are handled by the caller");
        };
    }

    private static Keys keys(Word word) {
        return switch (word.kind) {
            case STEMMED -> new Keys(Set.of(word.text, TranscriptAnalyzer.STEM_MARK + word.text), Set.of(), false);
            case EXACT -> new Keys(Set.of(word.text), Set.of(), false);
            case PREFIX, WILDCARD -> {
                String prefix = literalPrefix(word);
                yield prefix.length() >= 2 ? new Keys(Set.of(), Set.of(prefix), false) : new Keys(Set.of(), Set.of(), true);
            }
            case GAP -> throw new IllegalStateException("gaps have no keys");
        };
    }

    private static String literalPrefix(Word word) {
        return switch (word.kind) {
            case PREFIX -> word.text;
            case WILDCARD -> word.text.substring(0, word.text.indexOf('*'));
            default -> null;
        };
    }
}
