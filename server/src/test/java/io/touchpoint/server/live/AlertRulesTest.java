package io.touchpoint.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert decisions on hand-made findings (the analyzers themselves are exercised in LiveAlertsTest). */
class AlertRulesTest {

    private final AlertRules rules = new AlertRules(Duration.ofMinutes(2));

    private static Interaction call(String... texts) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            turns.add(new Turn(i % 2 == 0 ? Speaker.AGENT : Speaker.CUSTOMER, i * 30_000L, i * 30_000L + 20_000,
                    texts[i], 1.0));
        }
        return Interaction.builder("c1", Channel.VOICE, Instant.parse("2026-03-02T10:00:00Z")).turns(turns).build();
    }

    private static Finding on(String type, String name, String label, double score, Interaction interaction, int turn) {
        return new Finding("test", type, name, label, score, 0.9,
                List.of(Evidence.ofTurn(turn, interaction.turns().get(turn))));
    }

    @Test
    void bankruptcyEventRaisesALegalMentionWithTheRequiredResponse() {
        Interaction call = call("hello", "I filed for bankruptcy");
        var raised = rules.evaluate(new AnalyzedInteraction(call, List.of(on("event", "bankruptcy_mention", "", 1, call, 1))), 1);
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.LEGAL_MENTION);
            assertThat(alert.turnIndex()).isEqualTo(1);
            assertThat(alert.assist()).contains("stop collection");
            assertThat(alert.evidence()).isEqualTo("I filed for bankruptcy");
        });
    }

    @Test
    void angerInTwoOfTheLastThreeCustomerTurnsIsRisingAnger() {
        Interaction call = call("hi", "this is ridiculous", "sorry", "I am furious now");
        var one = rules.evaluate(new AnalyzedInteraction(call, List.of(on("emotion", "anger", "", 1, call, 1))), 3);
        assertThat(one).isEmpty();
        var two = rules.evaluate(new AnalyzedInteraction(call, List.of(on("emotion", "anger", "", 1, call, 1),
                on("emotion", "frustration", "", 1, call, 3))), 3);
        assertThat(two).extracting(AlertRules.Raised::kind).containsExactly(AlertKind.RISING_ANGER);
    }

    @Test
    void missingDisclosureWaitsForTheDeadline() {
        Interaction call = call("hi", "hello", "so about your bill", "yes", "let me check");
        Finding missing = new Finding("rules", "behaviour", "recording_disclosure", "missing", 0, 1,
                List.of(Evidence.WHOLE_INTERACTION));
        assertThat(rules.evaluate(new AnalyzedInteraction(call, List.of(missing)), 3)).isEmpty(); // ends at 1:50
        assertThat(rules.evaluate(new AnalyzedInteraction(call, List.of(missing)), 4))           // ends at 2:20
                .extracting(AlertRules.Raised::kind).containsExactly(AlertKind.MISSING_DISCLOSURE);
        Finding present = new Finding("rules", "behaviour", "recording_disclosure", "present", 0, 1,
                List.of(Evidence.ofTurn(0, call.turns().getFirst())));
        assertThat(rules.evaluate(new AnalyzedInteraction(call, List.of(present)), 4)).isEmpty();
    }
}
