package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;

/**
 * Compiles one phrase pattern of the rule language to Lucene intervals.
 *
 * <p>Syntax, word by word: a plain word matches any inflection ({@code charge} matches
 * "charges", "charged"); {@code =word} matches that exact form; {@code word*} any word starting
 * so ({@code cancel*}); {@code c*l} a wildcard; a lone {@code *} up to one word of any kind
 * ({@code cancel * account} matches "cancel account" and "cancel my account");
 * {@code (close|cancel|shut down)} alternatives, and an empty alternative makes the group
 * optional ({@code (my|the|) bill}); {@code [CARD]} a redaction placeholder.
 */
public final class PhraseCompiler {

    /** Expansions of one pattern; more means a group explosion the author did not intend. */
    static final int MAX_EXPANSIONS = 512;

    private final TranscriptAnalyzer analyzer;

    public PhraseCompiler(TranscriptAnalyzer analyzer) {
        this.analyzer = requireNonNull(analyzer, "analyzer is null");
    }

    /** A pattern the compiler cannot read; the message says what and where in the pattern. */
    public static final class PatternException extends Exception {
        private static final long serialVersionUID = 1L;

        PatternException(String message) {
            super(message);
        }
    }

    private enum Kind { STEMMED, EXACT, PREFIX, WILDCARD, GAP }

    /** One word of an expanded phrase. */
    private record Word(Kind kind, String text) {
    }

    /** Compiles the alternatives of one phrase list into one source. */
    public LexicalSource compileAll(List<String> patterns, String description) throws PatternException {
        Set<List<Word>> expansions = new LinkedHashSet<>();
        for (String pattern : patterns) {
            expansions.addAll(expand(pattern));
        }
        List<LexicalSource> alternatives = new ArrayList<>();
        for (List<Word> words : expansions) {
            alternatives.add(toSource(words));
        }
        return LexicalSource.anyOf(alternatives, description);
    }

    // ---- parsing and expansion -------------------------------------------------------------

    private List<List<Word>> expand(String pattern) throws PatternException {
        String trimmed = pattern.strip();
        if (trimmed.isEmpty()) {
            throw new PatternException("empty phrase");
        }
        Parser parser = new Parser(trimmed);
        List<List<Word>> expansions = parser.sequence();
        if (parser.position < trimmed.length()) {
            throw new PatternException("unexpected '" + trimmed.charAt(parser.position) + "' at character "
                    + (parser.position + 1) + " of phrase \"" + pattern + "\"");
        }
        List<List<Word>> result = new ArrayList<>();
        for (List<Word> words : expansions) {
            if (words.isEmpty()) {
                throw new PatternException("phrase \"" + pattern + "\" can match nothing: every word in it is optional");
            }
            if (words.getFirst().kind == Kind.GAP || words.getLast().kind == Kind.GAP) {
                throw new PatternException("phrase \"" + pattern + "\" starts or ends with a lone '*'; "
                        + "a lone '*' stands for a word between two others");
            }
            result.add(words);
        }
        return result;
    }

    /** Recursive-descent reader of the pattern syntax, expanding groups as it goes. */
    private final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        /** A sequence of items up to ')' or '|' or the end. */
        List<List<Word>> sequence() throws PatternException {
            List<List<Word>> expansions = new ArrayList<>();
            expansions.add(List.of());
            while (true) {
                skipSpaces();
                if (position >= text.length() || text.charAt(position) == ')' || text.charAt(position) == '|') {
                    return expansions;
                }
                List<List<Word>> item = item();
                List<List<Word>> combined = new ArrayList<>();
                for (List<Word> prefix : expansions) {
                    for (List<Word> suffix : item) {
                        List<Word> joined = new ArrayList<>(prefix);
                        joined.addAll(suffix);
                        combined.add(joined);
                    }
                }
                if (combined.size() > MAX_EXPANSIONS) {
                    throw new PatternException("phrase \"" + text + "\" expands to more than " + MAX_EXPANSIONS
                            + " alternatives; split it into several phrases");
                }
                expansions = combined;
            }
        }

        private List<List<Word>> item() throws PatternException {
            char c = text.charAt(position);
            if (c == '(') {
                int open = position;
                position++;
                List<List<Word>> alternatives = new ArrayList<>(sequence());
                while (position < text.length() && text.charAt(position) == '|') {
                    position++;
                    alternatives.addAll(sequence());
                }
                if (position >= text.length() || text.charAt(position) != ')') {
                    throw new PatternException("'(' at character " + (open + 1) + " of phrase \"" + text + "\" is never closed");
                }
                position++;
                return alternatives;
            }
            int start = position;
            while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                    && "()|".indexOf(text.charAt(position)) < 0) {
                position++;
            }
            return List.of(words(text.substring(start, position)));
        }

        private void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
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
        List<String[]> tokens = analyze(body);
        List<Word> words = new ArrayList<>();
        for (String[] token : tokens) {
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

    private LexicalSource toSource(List<Word> words) {
        List<IntervalsSource> segments = new ArrayList<>();
        List<Integer> gapsBefore = new ArrayList<>();
        List<IntervalsSource> current = new ArrayList<>();
        int pendingGap = 0;
        for (Word word : words) {
            if (word.kind == Kind.GAP) {
                if (!current.isEmpty()) {
                    segments.add(phrase(current));
                    current = new ArrayList<>();
                }
                pendingGap++;
                continue;
            }
            if (current.isEmpty()) {
                gapsBefore.add(pendingGap);
                pendingGap = 0;
            }
            current.add(source(word));
        }
        segments.add(phrase(current));
        IntervalsSource combined = segments.getFirst();
        for (int i = 1; i < segments.size(); i++) {
            // "a * b": b after a with at most as many words between as there are lone stars.
            combined = Intervals.maxgaps(gapsBefore.get(i), Intervals.ordered(combined, segments.get(i)));
        }
        return withKeys(combined, words);
    }

    private static IntervalsSource phrase(List<IntervalsSource> sources) {
        return sources.size() == 1 ? sources.getFirst() : Intervals.phrase(sources.toArray(IntervalsSource[]::new));
    }

    private static IntervalsSource source(Word word) {
        return switch (word.kind) {
            case STEMMED -> Intervals.or(Intervals.term(word.text), Intervals.term(TranscriptAnalyzer.STEM_MARK + word.text));
            case EXACT -> Intervals.term(word.text);
            case PREFIX -> Intervals.prefix(new BytesRef(word.text), 1024);
            case WILDCARD -> Intervals.wildcard(new BytesRef(word.text), 1024);
            case GAP -> throw new IllegalStateException("gaps are handled by the caller");
        };
    }

    /** Picks the most selective word as the percolator key: the longest literal, else the longest prefix. */
    private static LexicalSource withKeys(IntervalsSource source, List<Word> words) {
        String description = words.stream().map(word -> switch (word.kind) {
            case EXACT -> "=" + word.text;
            case PREFIX -> word.text + "*";
            default -> word.text;
        }).reduce((a, b) -> a + " " + b).orElse("");
        Word bestLiteral = null;
        Word bestPrefix = null;
        for (Word word : words) {
            if ((word.kind == Kind.STEMMED || word.kind == Kind.EXACT)
                    && (bestLiteral == null || word.text.length() > bestLiteral.text.length())) {
                bestLiteral = word;
            }
            String prefix = literalPrefix(word);
            if (prefix != null && prefix.length() >= 2 && (bestPrefix == null || prefix.length() > literalPrefix(bestPrefix).length())) {
                bestPrefix = word;
            }
        }
        if (bestLiteral != null) {
            Set<String> keys = bestLiteral.kind == Kind.EXACT
                    ? Set.of(bestLiteral.text)
                    : Set.of(bestLiteral.text, TranscriptAnalyzer.STEM_MARK + bestLiteral.text);
            return new LexicalSource(source, keys, Set.of(), false, description);
        }
        if (bestPrefix != null) {
            return new LexicalSource(source, Set.of(), Set.of(literalPrefix(bestPrefix)), false, description);
        }
        return new LexicalSource(source, Set.of(), Set.of(), true, description);
    }

    private static String literalPrefix(Word word) {
        return switch (word.kind) {
            case PREFIX -> word.text;
            case WILDCARD -> word.text.substring(0, word.text.indexOf('*'));
            default -> null;
        };
    }
}
