package io.touchpoint.text.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueRoutingAnalyzerTest {

    private static final TextClassifier QUEUES = TextClassifier.train(
            List.of("refund my double charge", "my bill is wrong", "charged twice on my invoice", "late fee on my bill",
                    "router keeps dropping", "internet is down", "wifi not working", "no connection since morning"),
            null,
            List.of("billing", "billing", "billing", "billing", "tech", "tech", "tech", "tech"),
            new ClassifierOptions(null, 1.0, 2, 0, 1, ClassifierOptions.Solver.LOGISTIC, 4));

    private static Interaction message(Channel channel, String queue, String text) {
        return Interaction.builder("m-1", channel, Instant.parse("2026-03-02T14:05:11Z")).queue(queue)
                .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, text)).build();
    }

    @Test
    void setsTheQueueOfAnUnroutedEmailAndRecordsTheFinding() {
        QueueRoutingAnalyzer analyzer = new QueueRoutingAnalyzer(QUEUES, QueueRoutingAnalyzer.WRITTEN_CHANNELS, 0.0);

        AnalyzedInteraction result = analyzer.analyze(AnalyzedInteraction.of(
                message(Channel.EMAIL, null, "Hello, my internet is down and the router lights blink")));

        assertThat(result.interaction().queue()).isEqualTo("tech");
        Finding routing = result.findingsOfType(QueueRoutingAnalyzer.FINDING_TYPE).get(0);
        assertThat(routing.name()).isEqualTo("queue");
        assertThat(routing.label()).isEqualTo("tech");
        assertThat(routing.confidence()).isGreaterThan(0.5);
    }

    @Test
    void keepsAQueueTheSourceGaveAndLeavesCallsAlone() {
        QueueRoutingAnalyzer analyzer = new QueueRoutingAnalyzer(QUEUES, QueueRoutingAnalyzer.WRITTEN_CHANNELS, 0.0);

        AnalyzedInteraction routed = analyzer.analyze(AnalyzedInteraction.of(
                message(Channel.CHAT, "vip", "I was charged twice on my bill")));
        assertThat(routed.interaction().queue()).isEqualTo("vip");
        assertThat(routed.findingsOfType(QueueRoutingAnalyzer.FINDING_TYPE).get(0).label()).isEqualTo("billing");

        AnalyzedInteraction call = AnalyzedInteraction.of(message(Channel.VOICE, null, "my bill is wrong"));
        assertThat(analyzer.analyze(call)).isEqualTo(call);
    }

    @Test
    void runsLastInTheTextAnalyzersWhenConfigured() {
        List<Analyzer> analyzers = TextAnalyzers.defaults(TextConfig.fast().withRouting(QUEUES));
        assertThat(analyzers.get(analyzers.size() - 1).name()).isEqualTo("queue-routing");
    }
}
