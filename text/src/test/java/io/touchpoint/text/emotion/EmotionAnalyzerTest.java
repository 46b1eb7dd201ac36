package io.touchpoint.text.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.Conversations;
import io.touchpoint.text.TextFindings;
import io.touchpoint.text.sentiment.LexiconSentimentScorer;
import io.touchpoint.text.sentiment.SentimentAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmotionAnalyzerTest {

    private final EmotionDetector detector = EmotionDetector.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "This is absolutely ridiculous!|ANGER|ridiculous",
        "I am so angry right now|ANGER|so angry",
        "This is the third time I've called about this|FRUSTRATION|third time",
        "I've been on hold for 45 minutes|FRUSTRATION|been on hold for 45 minutes",
        "It's still not working|FRUSTRATION|still not",
        "Sorry, what do you mean by prorated?|CONFUSION|what do you mean",
        "I don't understand this charge|CONFUSION|I don't understand",
        "Thank you so much, that was quick|PRAISE|Thank you so much",
        "You've been really helpful|PRAISE|You've been really helpful",
        "Let me speak to a manager|ESCALATION_REQUEST|speak to a manager",
        "Can you transfer me to your supervisor?|ESCALATION_REQUEST|transfer me to your supervisor",
        "I want to file a complaint|ESCALATION_REQUEST|file a complaint"})
    void findsEachEmotionWithTheMatchedCharacters(String text, Emotion emotion, String phrase) {
        List<EmotionDetector.Match> matches = detector.detect(text).stream().filter(m -> m.emotion() == emotion).toList();
        assertThat(matches).isNotEmpty();
        EmotionDetector.Match match = matches.get(0);
        assertThat(text.substring(match.start(), match.end())).isEqualTo(phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not angry, just asking", "No need to speak to a manager", "The weather is nice today",
        "I don't need a supervisor"})
    void ignoresNegatedOrAbsentSignals(String text) {
        assertThat(detector.detect(text)).filteredOn(m -> m.emotion() != Emotion.PRAISE).isEmpty();
    }

    @Test
    void analyzerReportsCustomerEmotionsWithSpanEvidenceAndSentimentSupport() {
        AnalyzedInteraction input = AnalyzedInteraction.of(Conversations.call(
                "agent: I am sorry you are frustrated, let me speak to a manager for you",
                "customer: this is ridiculous, I want to speak to a supervisor now"));
        AnalyzedInteraction withSentiment = new SentimentAnalyzer(LexiconSentimentScorer.standard()).analyze(input);

        AnalyzedInteraction result = new EmotionAnalyzer(detector).analyze(withSentiment);

        List<Finding> emotions = result.findingsOfType(TextFindings.EMOTION);
        assertThat(emotions).extracting(Finding::name).containsExactly("anger", "escalation_request");
        Turn turn = input.interaction().turns().get(1);
        Finding anger = emotions.get(0);
        assertThat(anger.evidence().get(0).turnIndex()).isEqualTo(1);
        assertThat(turn.text().substring(anger.evidence().get(0).charStart(), anger.evidence().get(0).charEnd()))
                .isEqualTo("ridiculous");
        assertThat(anger.evidence().get(0).startMs()).isBetween(turn.startMs(), turn.endMs());
        // The turn is negative, which supports anger: 0.8 for the phrase plus 0.1.
        assertThat(anger.confidence()).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
    }
}
