package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconSentimentScorerTest {

    private final LexiconSentimentScorer scorer = LexiconSentimentScorer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The agent was great, thank you!|positive",
        "This is the worst service I have ever had|negative",
        "My flight is at 6 pm|neutral",
        "not bad at all|positive",
        "I am not happy with this|negative",
        "never been so disappointed|negative",
        "the app is not working and nobody helps|negative",
        "love it 😍|positive",
        "😡😡|negative",
        "thanks :)|positive",
        "flight delayed again|negative",
        "all sorted now, resolved quickly|positive"})
    void labelsCraftedSentences(String text, String expected) {
        assertThat(scorer.score(text).label().wireName()).isEqualTo(expected);
    }

    @Test
    void negationFlipsPolarity() {
        assertThat(scorer.polarity("happy")).isPositive();
        assertThat(scorer.polarity("not happy")).isNegative();
        assertThat(scorer.polarity("bad")).isNegative();
        assertThat(scorer.polarity("not bad")).isPositive();
    }

    @Test
    void intensifiersCapitalsAndExclamationsStrengthenAndDampenersWeaken() {
        double plain = scorer.polarity("the service was bad");
        assertThat(scorer.polarity("the service was really bad")).isLessThan(plain);
        assertThat(scorer.polarity("the service was BAD")).isLessThan(plain);
        assertThat(scorer.polarity("the service was bad!!!")).isLessThan(plain);
        assertThat(scorer.polarity("the service was somewhat bad")).isGreaterThan(plain).isNegative();
    }

    @Test
    void whatFollowsButWeighsMore() {
        assertThat(scorer.polarity("the agent was nice but the problem is still terrible")).isNegative();
        assertThat(scorer.polarity("the wait was bad but the agent was wonderful")).isPositive();
    }

    @Test
    void scoresStayWithinBoundsAndConfidenceIsValid() {
        SentimentScore score = scorer.score("AMAZING AMAZING AMAZING wonderful fantastic superb!!!! 😍😍😍");
        assertThat(score.score()).isBetween(0.9, 1.0);
        assertThat(score.confidence()).isBetween(0.5, 1.0);
        assertThat(scorer.score("").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }
}
