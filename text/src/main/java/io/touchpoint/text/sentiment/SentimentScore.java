package io.touchpoint.text.sentiment;

import static java.util.Objects.requireNonNull;

/**
 * The sentiment of one text.
 *
 * @param label the class
 * @param score polarity in [-1, 1]: negative below 0, positive above
 * @param confidence how sure the scorer is of {@code label}, in [0, 1]
 */
public record SentimentScore(SentimentLabel label, double score, double confidence) {

    public SentimentScore {
        requireNonNull(label, "label is null");
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score " + score + " is outside [-1, 1]");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
    }
}
