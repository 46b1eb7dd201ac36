package io.touchpoint.text.sentiment;

import io.touchpoint.core.progress.ProgressListener;
import java.util.ArrayList;
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

    /**
     * Scores a long list in batches of {@code batchSize}, telling {@code progress} after each: for
     * files of many thousand texts, where one call would hold every embedding at once and show no progress.
     */
    default List<SentimentScore> scoreInBatches(List<String> texts, int batchSize, ProgressListener progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        List<SentimentScore> scores = new ArrayList<>(texts.size());
        progress.start("sentiment (" + mode().wireName() + ")", texts.size());
        try {
            for (int from = 0; from < texts.size(); from += batchSize) {
                List<String> batch = texts.subList(from, Math.min(texts.size(), from + batchSize));
                scores.addAll(scoreAll(batch));
                progress.advance(batch.size());
            }
        } finally {
            progress.finish();
        }
        return scores;
    }
}
