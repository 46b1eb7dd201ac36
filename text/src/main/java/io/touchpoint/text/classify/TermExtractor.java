package io.touchpoint.text.classify;

import io.touchpoint.text.tokens.Token;
import io.touchpoint.text.tokens.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexical features of a text for the linear models: its tokens as terms (numbers become
 * {@code <num>}, mentions {@code <user>}, links {@code <url>}; "!" and "?" are kept, other punctuation
 * dropped) and the n-grams of those terms, e.g. "not happy" as one bigram.
 */
public final class TermExtractor {

    private TermExtractor() {
    }

    /** The unigrams and, up to {@code maxNgram}, the n-grams of {@code text}, in text order. */
    public static List<String> ngrams(String text, int maxNgram) {
        if (maxNgram < 1) {
            throw new IllegalArgumentException("maxNgram must be at least 1, got " + maxNgram);
        }
        List<String> terms = terms(text);
        List<String> grams = new ArrayList<>(terms.size() * maxNgram);
        grams.addAll(terms);
        for (int n = 2; n <= maxNgram; n++) {
            for (int i = 0; i + n <= terms.size(); i++) {
                grams.add(String.join(" ", terms.subList(i, i + n)));
            }
        }
        return grams;
    }

    /** Shortest character n-gram taken when character n-grams are asked for. */
    public static final int MIN_CHAR_NGRAM = 3;

    /**
     * The word n-grams of {@code text} up to {@code maxNgram} and, when {@code maxCharNgram} is at
     * least {@value #MIN_CHAR_NGRAM}, the character n-grams of each term padded with spaces (as
     * scikit-learn's "char_wb"), prefixed {@code c:} so they never collide with words. Character
     * n-grams catch misspellings and word forms that whole words miss ("frustrat", "cancl").
     */
    public static List<String> features(String text, int maxNgram, int maxCharNgram) {
        List<String> features = ngrams(text, maxNgram);
        if (maxCharNgram >= MIN_CHAR_NGRAM) {
            for (String term : terms(text)) {
                String padded = " " + term + " ";
                for (int n = MIN_CHAR_NGRAM; n <= maxCharNgram; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        features.add("c:" + padded.substring(i, i + n));
                    }
                }
            }
        }
        return features;
    }

    /** The tokens of {@code text} as terms. */
    public static List<String> terms(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        List<String> terms = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            switch (token.kind()) {
                case NUMBER -> terms.add("<num>");
                case PUNCTUATION -> {
                    if (token.normalized().equals("!") || token.normalized().equals("?")) {
                        terms.add(token.normalized());
                    }
                }
                default -> terms.add(token.normalized());
            }
        }
        return terms;
    }
}
