package io.touchpoint.text.sentiment;

import static java.util.Objects.requireNonNull;

import io.touchpoint.text.classify.Prediction;
import io.touchpoint.text.classify.TextClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment from the trained model: MiniLM sentence embeddings and word n-grams into a 3-class
 * logistic regression ({@code docs/models/sentiment-airline-minilm.md} is its model card). The score
 * is P(positive) minus P(negative), so it lies in [-1, 1]; the label is the most probable class.
 *
 * <p>All texts handed to {@link #scoreAll(List)} are embedded as one batch. Thread-safe.
 */
public final class EmbeddingSentimentScorer implements SentimentScorer {

    /** The committed model, trained by {@link SentimentTrainer}. */
    public static final String BUNDLED_MODEL = "/io/touchpoint/text/sentiment/sentiment-airline-minilm.tpmodel";

    private static volatile EmbeddingSentimentScorer bundled;

    private final TextClassifier model;
    private final int negative;
    private final int positive;

    public EmbeddingSentimentScorer(TextClassifier model) {
        this.model = requireNonNull(model, "model is null");
        List<String> labels = model.labels();
        negative = labels.indexOf(SentimentLabel.NEGATIVE.wireName());
        int neutral = labels.indexOf(SentimentLabel.NEUTRAL.wireName());
        positive = labels.indexOf(SentimentLabel.POSITIVE.wireName());
        if (negative < 0 || neutral < 0 || positive < 0 || labels.size() != 3) {
            throw new IllegalArgumentException("a sentiment model must have exactly the labels negative, neutral and positive;"
                    + " this one has " + labels);
        }
    }

    /** The committed model, loaded once per process. */
    public static EmbeddingSentimentScorer bundled() {
        EmbeddingSentimentScorer scorer = bundled;
        if (scorer == null) {
            synchronized (EmbeddingSentimentScorer.class) {
                scorer = bundled;
                if (scorer == null) {
                    scorer = new EmbeddingSentimentScorer(TextClassifier.fromResource(BUNDLED_MODEL));
                    bundled = scorer;
                }
            }
        }
        return scorer;
    }

    public TextClassifier model() {
        return model;
    }

    @Override
    public SentimentMode mode() {
        return SentimentMode.EMBEDDING;
    }

    @Override
    public List<SentimentScore> scoreAll(List<String> texts) {
        requireNonNull(texts, "texts is null");
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Prediction> predictions = model.predict(texts);
        List<SentimentScore> scores = new ArrayList<>(predictions.size());
        for (Prediction prediction : predictions) {
            scores.add(toScore(prediction));
        }
        return scores;
    }

    /** The score of a prediction of this scorer's model, e.g. one made with embeddings computed elsewhere. */
    public SentimentScore toScore(Prediction prediction) {
        double[] p = prediction.probabilities();
        double polarity = Math.max(-1, Math.min(1, p[positive] - p[negative]));
        return new SentimentScore(SentimentLabel.parse(prediction.label()), polarity, prediction.confidence());
    }
}
