package io.touchpoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventImpactTest {

    private static Finding sentiment(Interaction interaction, int turn, double score) {
        return new Finding("sentiment", "sentiment.turn", "turn", score < 0 ? "negative" : "positive", score, 1,
                List.of(Evidence.ofTurn(turn, interaction.turns().get(turn))));
    }

    @Test
    void comparesAfterTheEventWithBeforeItAndWithInteractionsWithoutIt() {
        RuleSet rules = Conversations.rules("""
                pack: test
                rules:
                  - {id: retention_offer, type: event, when: {phrases: ["offer you a discount"], speaker: agent}}
                """);
        Interaction saved = Conversations.builder("saved", io.touchpoint.core.model.Channel.VOICE,
                "customer: I am leaving", "agent: I can offer you a discount", "customer: great, thanks")
                .outcome(new Outcome(true, false, null, null)).build();
        Interaction lost = Conversations.builder("lost", io.touchpoint.core.model.Channel.VOICE,
                "customer: I am leaving", "agent: ok", "customer: bye")
                .outcome(new Outcome(false, true, null, null)).build();
        List<AnalyzedInteraction> analyzed = new ArrayList<>();
        for (Interaction interaction : List.of(saved, lost)) {
            AnalyzedInteraction base = Conversations.analyzed(interaction, sentiment(interaction, 0, -0.8),
                    sentiment(interaction, 2, interaction == saved ? 0.6 : -0.4));
            analyzed.add(new RuleAnalyzer(rules).analyze(base));
        }
        EventImpactReport report = EventImpact.compute(analyzed);
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.event()).isEqualTo("retention_offer");
            assertThat(row.withEvent()).isEqualTo(1);
            assertThat(row.withoutEvent()).isEqualTo(1);
            assertThat(row.sentimentBefore()).isCloseTo(-0.8, within(1e-9));
            assertThat(row.sentimentAfter()).isCloseTo(0.6, within(1e-9));
            assertThat(row.sentimentWithout()).isCloseTo(-0.6, within(1e-9));
            assertThat(row.transferWith()).isZero();
            assertThat(row.transferWithout()).isEqualTo(1.0);
            assertThat(row.resolvedWith()).isEqualTo(1.0);
            assertThat(row.handleTimeWith()).isCloseTo(11.0, within(1e-9));
        });
        assertThat(report.render()).contains("retention_offer").contains("+0.60");
    }
}
