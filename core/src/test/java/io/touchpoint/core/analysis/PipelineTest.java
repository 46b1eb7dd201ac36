package io.touchpoint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private final Interaction call = Interaction.builder("c-9", Channel.VOICE, Instant.parse("2026-01-01T00:00:00Z"))
            .endedAt(Instant.parse("2026-01-01T00:03:00Z"))
            .turn(Turn.typed(Speaker.AGENT, 2_000, 4_000, "Thank you for calling, how can I help?"))
            .turn(Turn.typed(Speaker.CUSTOMER, 4_500, 9_000, "I was charged a late fee"))
            .build();

    /** Sees the earlier analyzer's findings: it counts them. */
    private static final Analyzer COUNTS_EARLIER = new Analyzer() {
        @Override
        public String name() {
            return "counts-earlier";
        }

        @Override
        public AnalyzedInteraction analyze(AnalyzedInteraction input) {
            return input.plus(List.of(Finding.metric(name(), "earlier", input.findings().size())));
        }
    };

    @Test
    void runsAnalyzersInOrderAndEachSeesEarlierFindings() {
        AnalyzedInteraction result = new Pipeline(List.of(new HandleTimeAnalyzer(), COUNTS_EARLIER)).run(call);

        assertThat(result.findingsOfType("metric")).extracting(Finding::name)
                .containsExactly("handle_time_s", "turns", "agent_words", "customer_words", "first_agent_response_s", "earlier");
        assertThat(result.findings().getLast().score()).isEqualTo(5.0);
        assertThat(result.findings().getFirst().score()).isEqualTo(180.0);
    }

    @Test
    void wrapsAnalyzerFailureWithAnalyzerAndInteractionNames() {
        Analyzer broken = new Analyzer() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public AnalyzedInteraction analyze(AnalyzedInteraction input) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> new Pipeline(List.of(broken)).run(call))
                .isInstanceOf(AnalyzerException.class)
                .hasMessageContaining("'broken'").hasMessageContaining("c-9").hasMessageContaining("boom");
    }

    @Test
    void rejectsTheSameAnalyzerTwice() {
        assertThatThrownBy(() -> new Pipeline(List.of(new HandleTimeAnalyzer(), new HandleTimeAnalyzer())))
                .hasMessageContaining("appears twice");
    }

    @Test
    void evidenceInterpolatesTimeFromCharacters() {
        Turn turn = call.turns().get(1);
        Evidence evidence = Evidence.ofSpan(1, turn, 0, turn.text().length());
        assertThat(evidence.startMs()).isEqualTo(4_500);
        assertThat(evidence.endMs()).isEqualTo(9_000);
    }
}
