package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.text.Conversations;
import io.touchpoint.text.TextFindings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentAnalyzerTest {

    private final SentimentAnalyzer analyzer = new SentimentAnalyzer(LexiconSentimentScorer.standard());

    private static Finding only(AnalyzedInteraction result, String type) {
        List<Finding> findings = result.findingsOfType(type);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void scoresEveryCustomerAndAgentTurnWithTheTurnAsEvidence() {
        AnalyzedInteraction result = analyzer.analyze(AnalyzedInteraction.of(Conversations.call(
                "agent: thank you for calling, how can I help?",
                "customer: my internet is broken again and I am furious",
                "system: call recording started",
                "agent: I am sorry, let me fix that",
                "customer: great, thanks, it works now!")));

        List<Finding> turns = result.findingsOfType(TextFindings.SENTIMENT_TURN);
        assertThat(turns).hasSize(4);
        assertThat(turns).allSatisfy(finding -> {
            assertThat(finding.analyzer()).isEqualTo("sentiment");
            assertThat(finding.name()).isEqualTo("turn");
            assertThat(finding.score()).isBetween(-1.0, 1.0);
        });
        assertThat(turns).extracting(finding -> finding.evidence().get(0).turnIndex()).containsExactly(0, 1, 3, 4);
        Evidence second = turns.get(1).evidence().get(0);
        assertThat(second.charEnd()).isEqualTo("my internet is broken again and I am furious".length());
        assertThat(second.startMs()).isEqualTo(3500);
        assertThat(turns.get(1).label()).isEqualTo("negative");
        assertThat(turns.get(3).label()).isEqualTo("positive");
    }

    @Test
    void reportsEachSpeakersMeanAndACustomerWhoRecovered() {
        AnalyzedInteraction result = analyzer.analyze(AnalyzedInteraction.of(Conversations.call(
                "customer: this is terrible, I was charged twice and nobody helps",
                "agent: I understand, let me look",
                "customer: okay",
                "agent: I have refunded the charge",
                "customer: wonderful, thank you so much, you are great")));

        List<Finding> speakers = result.findingsOfType(TextFindings.SENTIMENT_SPEAKER);
        assertThat(speakers).extracting(Finding::name).containsExactly("customer", "agent");
        assertThat(speakers.get(0).evidence()).containsExactly(Evidence.WHOLE_INTERACTION);
        Finding trend = only(result, TextFindings.SENTIMENT_TREND);
        assertThat(trend.name()).isEqualTo("customer");
        assertThat(trend.label()).isEqualTo("recovered");
        assertThat(trend.score()).isGreaterThan(0.5);
    }

    @Test
    void reportsACustomerWhoEndedNegative() {
        AnalyzedInteraction result = analyzer.analyze(AnalyzedInteraction.of(Conversations.call(
                "customer: hi, I have a question about my bill",
                "agent: sure, the late fee stays",
                "customer: that is ridiculous and unfair, I am very angry",
                "customer: worst service ever, I hate this")));

        Finding trend = only(result, TextFindings.SENTIMENT_TREND);
        assertThat(trend.label()).isEqualTo("ended_negative");
        assertThat(trend.score()).isNegative();
    }

    @Test
    void leavesInteractionsWithoutTextAlone() {
        AnalyzedInteraction input = AnalyzedInteraction.of(Conversations.call("system: hold music"));
        assertThat(analyzer.analyze(input).findings()).isEmpty();
    }
}
