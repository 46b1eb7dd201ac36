package io.touchpoint.quality;

import static io.touchpoint.quality.Conversations.behaviour;
import static io.touchpoint.quality.Conversations.collectionsCall;
import static io.touchpoint.quality.Conversations.compliance;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTriageTest {

    private static final Scorecard COLLECTIONS = ScorecardLibrary.builtIn().get("collections");
    private static final Evidence SPAN = new Evidence(0, 0, 2, 0, 300);

    private static ScorecardResult score(AnalyzedInteraction call) {
        return ScorecardEvaluator.evaluate(COLLECTIONS, call).orElseThrow();
    }

    @Test
    void anAutoFailHeardPoorlyGoesToAPerson() {
        AnalyzedInteraction call = collectionsCall("c-1", "A-1", 0.62, List.of(
                compliance("collections.mini_miranda_missing", 1.0, 0.62, Evidence.WHOLE_INTERACTION)));

        ReviewTriage.Triage triage = ReviewTriage.assess(score(call)).orElseThrow();

        assertThat(triage.trigger()).isEqualTo(ReviewTriage.AUTO_FAIL);
        assertThat(triage.answers()).extracting(ReviewTriage.FlaggedAnswer::question).contains("mini_miranda");
        assertThat(triage.answers().getFirst().reasons()).containsExactly("low confidence 0.62");
    }

    @Test
    void anAutoFailOnASemanticMatchGoesToAPersonEvenWhenHeardWell() {
        AnalyzedInteraction call = collectionsCall("c-2", "A-1", 0.97, List.of(
                new io.touchpoint.core.analysis.Finding("rules", "event", "attorney_mention", "compliance-collections", 1,
                        0.97, List.of(SPAN)),
                compliance("collections.continued_after_legal_mention", 0.74, 0.72, SPAN)));

        ReviewTriage.Triage triage = ReviewTriage.assess(score(call)).orElseThrow();

        assertThat(triage.trigger()).isEqualTo(ReviewTriage.AUTO_FAIL);
        assertThat(triage.answers()).filteredOn(answer -> answer.question().equals("stopped_after_legal_mention"))
                .singleElement().satisfies(answer -> assertThat(answer.reasons()).contains("semantic match"));
    }

    @Test
    void aSureVerdictStaysWithTheMachine() {
        AnalyzedInteraction call = collectionsCall("c-3", "A-1", 0.97, List.of(
                compliance("collections.mini_miranda_missing", 1.0, 0.97, Evidence.WHOLE_INTERACTION)));

        assertThat(ReviewTriage.assess(score(call))).isEmpty();
    }

    @Test
    void aLowScoreJustUnderThePassMarkIsBorderline() {
        // Disclosures 2 of 3 = 20 of 30, legal (no false threat) 40, conduct 4 of 5 = 24 of 30: 84.
        AnalyzedInteraction call = collectionsCall("c-4", "A-1", 0.97, List.of(
                behaviour("greeting", true, 0.97, SPAN), behaviour("empathy", true, 0.97, SPAN),
                behaviour("closing", false, 0.97, Evidence.WHOLE_INTERACTION),
                behaviour("identity_verification", false, 0.97, Evidence.WHOLE_INTERACTION)));
        ScorecardResult result = score(call);
        assertThat(result.score().value()).isEqualTo(84.0);

        ReviewTriage.Triage triage = ReviewTriage.assess(result).orElseThrow();

        assertThat(triage.trigger()).isEqualTo(ReviewTriage.LOW_SCORE);
        assertThat(triage.answers()).extracting(ReviewTriage.FlaggedAnswer::question).containsExactly("identity_verification", "closing");
        assertThat(triage.answers()).allSatisfy(answer -> assertThat(answer.reasons())
                .containsExactly("borderline score 84.0 (pass mark 85)"));
    }
}
