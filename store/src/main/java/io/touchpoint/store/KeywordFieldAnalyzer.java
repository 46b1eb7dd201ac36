package io.touchpoint.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * The query-side analyzer of the keyword fields (speaker, channel, agent, queue): the whole
 * value is one term, lower-cased as the index stores it, so {@code agent:A-7} and
 * {@code agent:a-7} both match and a hyphenated id is never split.
 */
final class KeywordFieldAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
