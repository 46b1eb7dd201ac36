package io.touchpoint.text.emotion;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.TextFindings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emotion signals in the customer's turns: one {@code emotion} finding per matched phrase, named
 * anger, frustration, confusion, praise or escalation_request, with the phrase's characters as
 * evidence. Confidence starts at the phrase's reliability and rises by 0.1 when the turn's
 * sentiment (found earlier by the sentiment analyzer) agrees, falls by 0.2 when it contradicts.
 */
public final class EmotionAnalyzer implements Analyzer {

    private final EmotionDetector detector;

    public EmotionAnalyzer(EmotionDetector detector) {
        this.detector = requireNonNull(detector, "detector is null");
    }

    @Override
    public String name() {
        return TextFindings.EMOTION_ANALYZER;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        Map<Integer, String> sentimentByTurn = new HashMap<>();
        for (Finding finding : input.findingsOfType(TextFindings.SENTIMENT_TURN)) {
            sentimentByTurn.put(finding.evidence().get(0).turnIndex(), finding.label());
        }
        List<Turn> turns = input.interaction().turns();
        List<Finding> findings = new ArrayList<>();
        for (int index = 0; index < turns.size(); index++) {
            Turn turn = turns.get(index);
            if (turn.speaker() != Speaker.CUSTOMER) {
                continue;
            }
            String sentiment = sentimentByTurn.get(index);
            for (EmotionDetector.Match match : detector.detect(turn.text())) {
                double confidence = adjust(match, sentiment);
                findings.add(new Finding(name(), TextFindings.EMOTION, match.emotion().wireName(), "", confidence,
                        confidence, List.of(Evidence.ofSpan(index, turn, match.start(), match.end()))));
            }
        }
        return input.plus(findings);
    }

    private static double adjust(EmotionDetector.Match match, String sentiment) {
        double confidence = match.weight();
        if (sentiment != null && !sentiment.equals("neutral")) {
            boolean agrees = match.emotion().negative() == sentiment.equals("negative");
            // Asking for a manager is a request whatever the tone, so its confidence is left alone.
            if (match.emotion() != Emotion.ESCALATION_REQUEST) {
                confidence += agrees ? 0.1 : -0.2;
            }
        }
        return Math.max(0.05, Math.min(1.0, confidence));
    }
}
