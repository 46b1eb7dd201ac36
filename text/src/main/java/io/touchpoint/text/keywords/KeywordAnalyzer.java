package io.touchpoint.text.keywords;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.TextFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keywords and keyphrases of an interaction as {@code keyword} findings (name the term, score
 * its weight), read from customer and agent turns after redaction. Evidence is the first turn
 * that contains the term, or the whole interaction when it only appears across turn boundaries.
 */
public final class KeywordAnalyzer implements Analyzer {

    private final int limit;
    private final DocumentFrequencies corpus;

    /**
     * @param corpus document frequencies that make keywords distinctive against a corpus; may be null
     */
    public KeywordAnalyzer(int limit, DocumentFrequencies corpus) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return TextFindings.KEYWORDS_ANALYZER;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        List<Turn> turns = input.interaction().turns();
        StringBuilder text = new StringBuilder();
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.CUSTOMER || turn.speaker() == Speaker.AGENT) {
                // A period between turns keeps phrases from running across them.
                text.append(turn.text()).append(" .\n");
            }
        }
        List<Keyword> keywords = KeywordExtractor.keywords(text.toString(), corpus, limit);
        if (keywords.isEmpty()) {
            return input;
        }
        double top = keywords.get(0).weight();
        List<Finding> findings = new ArrayList<>(keywords.size());
        for (Keyword keyword : keywords) {
            findings.add(new Finding(name(), TextFindings.KEYWORD, keyword.term(), "", keyword.weight(),
                    Math.min(1.0, keyword.weight() / top), List.of(evidence(keyword.term(), turns))));
        }
        return input.plus(findings);
    }

    private static Evidence evidence(String term, List<Turn> turns) {
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() != Speaker.CUSTOMER && turn.speaker() != Speaker.AGENT) {
                continue;
            }
            String lower = turn.text().toLowerCase(Locale.ROOT);
            int at = lower.indexOf(term);
            if (at >= 0 && lower.length() == turn.text().length()) {
                return Evidence.ofSpan(i, turn, at, at + term.length());
            }
        }
        return Evidence.WHOLE_INTERACTION;
    }
}
