package io.touchpoint.text.sentiment;

import static java.util.Objects.requireNonNull;

import io.touchpoint.text.classify.Prediction;
import io.touchpoint.text.classify.TextClassifier;
import io.touchpoint.text.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment from a trained model: sentence embeddings and word and character n-grams into a
 * 3-class logistic regression. Two models are bundled ({@code docs/models/sentiment-airline.md} is
 * their model card): bge-small, the accurate one, and MiniLM, 1.8 times faster. The score is
 * P(positive) minus P(negative), so it lies in [-1, 1]; the label is the most probable class.
 *
 * <p>All texts handed to {@link #scoreAll(List)} are embedded as one batch. Thread-safe.
 */
public final class EmbeddingSentimentScorer implements SentimentScorer {

    private static final java.util.Map<EmbeddingModel, EmbeddingSentimentScorer> BUNDLED =
            new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The classpath resource of the committed model on {@code embedding}, trained by {@link SentimentTrainer}. */
    public static String bundledResource(EmbeddingModel embedding) {
        return "/io/touchpoint/text/sentiment/sentiment-airline-" + embedding.wireName() + ".tpmodel";
    }

    /** The committed model on {@code embedding} (bge-small or MiniLM), loaded once per process. */
    public static EmbeddingSentimentScorer bundled(EmbeddingModel embedding) {
        requireNonNull(embedding, "embedding is null");
        return BUNDLED.computeIfAbsent(embedding,
                model -> new EmbeddingSentimentScorer(TextClassifier.fromResource(bundledResource(model))));
    }

    public TextClassifier model() {
        return model;
    }

    @Override
    public SentimentMode mode() {
        return model.options().embedding() == EmbeddingModel.MINILM ? SentimentMode.EMBEDDING_FAST : SentimentMode.EMBEDDING;
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
