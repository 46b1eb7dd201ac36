package io.touchpoint.rules.engine;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * How transcripts and rule phrases are cut into terms: Unicode word tokens, lower-cased; every
 * token is indexed in its surface form, and, when the light English stemmer (KStem) changes it,
 * also in its stemmed form prefixed with {@value #STEM_MARK} at the same position. A stemmed rule
 * word matches either; an exact ({@code =word}) or wildcard rule word matches surface forms only.
 *
 * <p>KStem is chosen over Porter because it is conservative: "cancelled" and "cancel" meet, but
 * "cancellation" stays apart, which keeps phrase lists precise.
 *
 * <p>Redaction placeholders such as {@code [CARD]} are rewritten to {@code _CARD_} before
 * tokenizing (same length, so character offsets stay true) so that they index as one term that
 * cannot be confused with the word "card".
 */
public final class TranscriptAnalyzer extends Analyzer {

    /** Prefix of stemmed terms. */
    public static final String STEM_MARK = "~";

    /** Positions between turns, so that phrases and NEAR never span two turns. */
    public static final int TURN_POSITION_GAP = 100;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([A-Z][A-Z_]{0,30})\\]");

    /** Rewrites {@code [CARD]} to {@code _CARD_}, keeping every other character where it was. */
    public static String protectPlaceholders(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            out.setCharAt(matcher.start(), '_');
            out.setCharAt(matcher.end() - 1, '_');
        } while (matcher.find());
        return out.toString();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new KeywordRepeatFilter(stream);
        stream = new KStemFilter(stream);
        stream = new StemMarkFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return TURN_POSITION_GAP;
    }

    /**
     * After {@link KeywordRepeatFilter} and the stemmer, each word arrives twice: the surface
     * form (keyword) and the stemmed copy. Keeps the surface form, drops the copy when stemming
     * did not change it, and marks it with {@link #STEM_MARK} when it did.
     */
    private static final class StemMarkFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final StringBuilder surface = new StringBuilder();

        StemMarkFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (keyword.isKeyword()) {
                    keyword.setKeyword(false);
                    surface.setLength(0);
                    surface.append(term);
                    return true;
                }
                if (!contentEquals(surface)) {
                    String stem = term.toString();
                    term.setEmpty().append(STEM_MARK).append(stem);
                    return true;
                }
            }
            return false;
        }

        private boolean contentEquals(CharSequence other) {
            if (term.length() != other.length()) {
                return false;
            }
            for (int i = 0; i < term.length(); i++) {
                if (term.charAt(i) != other.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            surface.setLength(0);
        }
    }
}
