package io.touchpoint.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of turn text: Unicode word boundaries, lower case, accents folded to ASCII, and
 * deliberately no stop words, so that phrases such as "on hold" or "not happy" match exactly.
 * Written as a class rather than a {@code CustomAnalyzer} so that it needs no SPI lookup, which
 * breaks when the store is shaded into one jar.
 */
final class TurnTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Wildcard and prefix terms ({@code Charg*}) get the same case and accent folding. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
