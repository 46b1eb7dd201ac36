package io.touchpoint.quality;

import static io.touchpoint.quality.Conversations.behaviour;
import static io.touchpoint.quality.Conversations.collectionsCall;
import static io.touchpoint.quality.Conversations.compliance;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.ScorecardParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardEvaluatorTest {

    private static final Scorecard CARD = ScorecardParser.parse("test.yaml", """
            scorecard: test
            applies-to: {queues: ["collection*"]}
            pass-mark: 80
            sections:
              - id: manner
                weight: 50
                questions:
                  - {id: greeting, answer: {behaviour: greeting}}
                  - {id: empathy, weight: 3, answer: {behaviour: empathy}}
              - id: rules
                weight: 30
                questions:
                  - {id: mini_miranda, auto-fail: true, answer: {compliance: collections.mini_miranda_missing}}
                  - {id: quick, answer: {metric: handle_time_s, at-most: 30}}
              - id: legal
                weight: 20
                questions:
                  - id: stopped
                    when: {findings: ["event:bankruptcy_mention"]}
                    answer: {compliance: collections.continued_after_legal_mention}
            """);

    private static final Evidence GREETING_SPAN = new Evidence(0, 0, 2, 0, 300);

    @Test
    void answersFromBehavioursCompliancesAndMetricsWithTheirEvidence() {
        AnalyzedInteraction call = collectionsCall("c-1", "A-1", 0.95, List.of(
                behaviour("greeting", true, 0.95, GREETING_SPAN),
                behaviour("empathy", false, 0.95, Evidence.WHOLE_INTERACTION)));

        ScorecardResult result = ScorecardEvaluator.evaluate(CARD, call).orElseThrow();

        assertThat(result.answer("greeting").orElseThrow().answer()).isEqualTo(Answer.YES);
        assertThat(result.answer("greeting").orElseThrow().evidence()).containsExactly(GREETING_SPAN);
        assertThat(result.answer("empathy").orElseThrow().answer()).isEqualTo(Answer.NO);
        assertThat(result.answer("mini_miranda").orElseThrow().answer()).isEqualTo(Answer.YES);
        assertThat(result.answer("mini_miranda").orElseThrow().fromFinding()).isFalse();
        assertThat(result.answer("quick").orElseThrow().answer()).isEqualTo(Answer.NO);
        assertThat(result.answer("quick").orElseThrow().why()).isEqualTo("metric handle_time_s 60 is not at most 30");
        assertThat(result.answer("stopped").orElseThrow().answer()).isEqualTo(Answer.NOT_APPLICABLE);
        // manner: 1 of 4 weight = 12.5 of 50; rules: 1 of 2 = 15 of 30; legal drops out: 27.5 / 80 = 34.4
        assertThat(result.score().value()).isEqualTo(34.4);
        assertThat(result.label()).isEqualTo("fail");
    }

    @Test
    void aComplianceBreachOnAnAutoFailQuestionZeroesTheScore() {
        AnalyzedInteraction call = collectionsCall("c-2", "A-1", 0.95, List.of(
                behaviour("greeting", true, 0.95, GREETING_SPAN),
                behaviour("empathy", true, 0.95, GREETING_SPAN),
                compliance("collections.mini_miranda_missing", 1.0, 0.95, Evidence.WHOLE_INTERACTION)));

        ScorecardResult result = ScorecardEvaluator.evaluate(CARD, call).orElseThrow();

        assertThat(result.answer("mini_miranda").orElseThrow().answer()).isEqualTo(Answer.NO);
        assertThat(result.score()).isEqualTo(new Score(0, true));
        assertThat(result.label()).isEqualTo(QualityFindings.AUTO_FAIL);
    }

    @Test
    void aQuestionOutsideItsWhenIsNotApplicableAndItsSectionDropsOut() {
        Map<String, Answer> allYesButLegal = Map.of("greeting", Answer.YES, "empathy", Answer.YES,
                "mini_miranda", Answer.YES, "quick", Answer.YES);
        Map<String, Answer> legalBreached = Map.of("greeting", Answer.YES, "empathy", Answer.YES,
                "mini_miranda", Answer.YES, "quick", Answer.YES, "stopped", Answer.NO);

        assertThat(ScorecardEvaluator.score(CARD, allYesButLegal).orElseThrow().value()).isEqualTo(100.0);
        assertThat(ScorecardEvaluator.score(CARD, legalBreached).orElseThrow().value()).isEqualTo(80.0);
        assertThat(ScorecardEvaluator.score(CARD, Map.of())).isEmpty();
    }

    @Test
    void aSemanticMatchIsMarkedAndKeepsItsSimilarityAsStrength() {
        AnalyzedInteraction call = collectionsCall("c-3", "A-1", 0.9, List.of(
                new Finding("rules", "event", "bankruptcy_mention", "compliance-collections", 1, 0.9,
                        List.of(new Evidence(1, 0, 4, 4100, 4500))),
                compliance("collections.continued_after_legal_mention", 0.78, 0.7, new Evidence(2, 0, 4, 6100, 6500))));

        QuestionResult stopped = ScorecardEvaluator.evaluate(CARD, call).orElseThrow().answer("stopped").orElseThrow();

        assertThat(stopped.answer()).isEqualTo(Answer.NO);
        assertThat(stopped.semantic()).isTrue();
        assertThat(stopped.strength()).isEqualTo(0.78);
        assertThat(stopped.why()).contains("semantic match 0.78");
    }

    @Test
    void aScorecardForAnotherQueueDoesNotApply() {
        AnalyzedInteraction call = collectionsCall("c-4", "A-1", 0.9, List.of());
        AnalyzedInteraction billing = call.withInteraction(call.interaction().withQueue("billing"));

        assertThat(ScorecardEvaluator.evaluate(CARD, billing)).isEmpty();
    }

    @Test
    void theAnalyzerWritesOneAnswerPerQuestionAndOneScoreFinding() {
        AnalyzedInteraction call = collectionsCall("c-5", "A-1", 0.95, List.of(
                behaviour("greeting", true, 0.95, GREETING_SPAN),
                compliance("collections.mini_miranda_missing", 1.0, 0.95, Evidence.WHOLE_INTERACTION)));
        QualityAnalyzer analyzer = new QualityAnalyzer(io.touchpoint.quality.scorecard.ScorecardLibrary.of(List.of(CARD)));

        AnalyzedInteraction scored = analyzer.analyze(call);
        AnalyzedInteraction rescored = analyzer.analyze(scored);

        assertThat(scored.findingsOfType(QualityFindings.ANSWER)).hasSize(CARD.questions().size());
        assertThat(scored.findingsOfType(QualityFindings.SCORE)).singleElement().satisfies(score -> {
            assertThat(score.name()).isEqualTo("test");
            assertThat(score.label()).isEqualTo("auto_fail");
            assertThat(score.score()).isZero();
        });
        assertThat(rescored.findings()).isEqualTo(scored.findings());
    }
}
