package io.touchpoint.text.sentiment;

import java.util.List;

/**
 * Scores the sentiment of texts, many at a time: the embedding scorer runs its model over the whole
 * list at once, so callers should hand over every text they have rather than one by one.
 *
 * <pre>{@code
 * SentimentScorer scorer = SentimentMode.LEXICON.scorer();
 * SentimentScore score = scorer.score("not bad at all :)");   // positive
 * }</pre>
 */
public interface SentimentScorer {

    /** {@code lexicon} or {@code embedding}. */
    SentimentMode mode();

    /** One score per text, in order. Implementations are thread-safe. */
    List<SentimentScore> scoreAll(List<String> texts);

    default SentimentScore score(String text) {
        return scoreAll(List.of(text)).get(0);
    }
}
