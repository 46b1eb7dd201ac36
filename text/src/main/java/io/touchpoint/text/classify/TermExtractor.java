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
