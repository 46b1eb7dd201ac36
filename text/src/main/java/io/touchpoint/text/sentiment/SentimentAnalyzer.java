package io.touchpoint.text.sentiment;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.TextFindings;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment of every customer and agent turn, of each of the two speakers over the interaction and
 * the customer's trend from start to end.
 *
 * <p>All turns of an interaction are scored in one call, so the embedding mode embeds them as one
 * batch. Findings:
 * <ul>
 *   <li>{@code sentiment.turn} "turn": label and score of one turn, evidence the turn;</li>
 *   <li>{@code sentiment.speaker} "customer" / "agent": the mean score and its label;</li>
 *   <li>{@code sentiment.trend} "customer": the mean of the first third of the customer's turns
 *       against the last third; score end minus start; label {@code recovered} (started negative,
 *       ended positive), {@code ended_negative}, {@code improved}, {@code worsened} or {@code stable},
 *       the first that applies. Needs two scored customer turns.</li>
 * </ul>
 */
public final class SentimentAnalyzer implements Analyzer {

    /** A mean at or beyond these is called positive or negative. */
    static final double SPEAKER_THRESHOLD = 0.1;
    /** Start or end at or below this is negative for the trend. */
    static final double TREND_NEGATIVE = -0.2;
    /** A change of at least this much is an improvement or a worsening. */
    static final double TREND_CHANGE = 0.3;

    private final SentimentScorer scorer;

    public SentimentAnalyzer(SentimentScorer scorer) {
        this.scorer = requireNonNull(scorer, "scorer is null");
    }

    @Override
    public String name() {
        return TextFindings.SENTIMENT_ANALYZER;
    }

    public SentimentScorer scorer() {
        return scorer;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        List<Turn> turns = input.interaction().turns();
        List<Integer> indices = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if ((turn.speaker() == Speaker.CUSTOMER || turn.speaker() == Speaker.AGENT) && !turn.text().isBlank()) {
                indices.add(i);
                texts.add(turn.text());
            }
        }
        if (texts.isEmpty()) {
            return input;
        }
        List<SentimentScore> scores = scorer.scoreAll(texts);
        List<Finding> findings = new ArrayList<>();
        List<Integer> customerTurns = new ArrayList<>();
        List<Double> customerScores = new ArrayList<>();
        List<Double> agentScores = new ArrayList<>();
        for (int k = 0; k < indices.size(); k++) {
            int index = indices.get(k);
            Turn turn = turns.get(index);
            SentimentScore score = scores.get(k);
            findings.add(new Finding(name(), TextFindings.SENTIMENT_TURN, "turn", score.label().wireName(), score.score(),
                    score.confidence(), List.of(Evidence.ofTurn(index, turn))));
            if (turn.speaker() == Speaker.CUSTOMER) {
                customerTurns.add(index);
                customerScores.add(score.score());
            } else {
                agentScores.add(score.score());
            }
        }
        speakerFinding(Speaker.CUSTOMER, customerScores, findings);
        speakerFinding(Speaker.AGENT, agentScores, findings);
        if (customerScores.size() >= 2) {
            findings.add(trend(customerTurns, customerScores, turns));
        }
        return input.plus(findings);
    }

    private void speakerFinding(Speaker speaker, List<Double> scores, List<Finding> findings) {
        if (scores.isEmpty()) {
            return;
        }
        double mean = mean(scores);
        // More turns, surer mean: one turn says little about a whole conversation.
        double confidence = Math.min(1.0, 0.5 + 0.1 * scores.size());
        findings.add(new Finding(name(), TextFindings.SENTIMENT_SPEAKER, speaker.wireName(), label(mean).wireName(), mean,
                confidence, List.of(Evidence.WHOLE_INTERACTION)));
    }

    private Finding trend(List<Integer> customerTurns, List<Double> scores, List<Turn> turns) {
        int n = scores.size();
        int window = Math.max(1, n / 3);
        double start = mean(scores.subList(0, window));
        double end = mean(scores.subList(n - window, n));
        double change = end - start;
        String label;
        if (start <= TREND_NEGATIVE && end >= SPEAKER_THRESHOLD) {
            label = "recovered";
        } else if (end <= TREND_NEGATIVE) {
            label = "ended_negative";
        } else if (change >= TREND_CHANGE) {
            label = "improved";
        } else if (change <= -TREND_CHANGE) {
            label = "worsened";
        } else {
            label = "stable";
        }
        int first = customerTurns.get(0);
        int last = customerTurns.get(n - 1);
        List<Evidence> evidence = List.of(Evidence.ofTurn(first, turns.get(first)), Evidence.ofTurn(last, turns.get(last)));
        double confidence = Math.min(1.0, 0.5 + 0.1 * n);
        return new Finding(name(), TextFindings.SENTIMENT_TREND, "customer", label, Math.max(-2, Math.min(2, change)),
                confidence, evidence);
    }

    static SentimentLabel label(double mean) {
        return mean >= SPEAKER_THRESHOLD ? SentimentLabel.POSITIVE
                : mean <= -SPEAKER_THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.size();
    }
}
