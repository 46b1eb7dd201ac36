package io.touchpoint.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.model.Channel;
import io.touchpoint.quality.scorecard.AnswerSource;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.ScorecardException;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.quality.scorecard.ScorecardParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardParserTest {

    private static final String CARD = """
            scorecard: retail-chat
            title: Retail chat
            applies-to: {channels: [chat], queues: ["order*"]}
            pass-mark: 70
            review: {min-confidence: 0.9, borderline: 3}
            sections:
              - id: service
                title: Service
                weight: 60
                questions:
                  - id: greeting
                    text: Did the agent greet?
                    answer: {behaviour: greeting}
                  - id: quick
                    text: Handled within 10 minutes?
                    weight: 2
                    answer: {metric: handle_time_s, at-most: 600}
              - id: compliance
                weight: 40
                questions:
                  - id: no_insult
                    answer: {compliance: prohibited_language.insult}
                    auto-fail: true
                  - id: no_escalation
                    answer: {event: escalation_request, expect: absent}
                  - id: ended_well
                    when: {findings: ["event:complaint"]}
                    answer: {sentiment-trend: customer, not: [ended_negative]}
            """;

    @Test
    void readsSectionsQuestionsWeightsAndAnswerSources() {
        Scorecard card = ScorecardParser.parse("retail-chat.yaml", CARD);

        assertThat(card.name()).isEqualTo("retail-chat");
        assertThat(card.passMark()).isEqualTo(70);
        assertThat(card.review().minConfidence()).isEqualTo(0.9);
        assertThat(card.appliesTo().channels()).containsExactly(Channel.CHAT);
        assertThat(card.sections()).extracting(section -> section.weight()).containsExactly(60.0, 40.0);
        assertThat(card.questions()).extracting(question -> question.id())
                .containsExactly("greeting", "quick", "no_insult", "no_escalation", "ended_well");
        assertThat(card.question("quick").orElseThrow().source()).isEqualTo(new AnswerSource.Metric("handle_time_s", null, 600.0));
        assertThat(card.question("no_insult").orElseThrow().autoFail()).isTrue();
        assertThat(card.question("no_escalation").orElseThrow().source())
                .isEqualTo(new AnswerSource.Presence("event", "escalation_request", null, false));
        assertThat(card.question("ended_well").orElseThrow().when().findings()).containsExactly("event:complaint");
    }

    @Test
    void reportsEveryProblemWithItsLineAndASuggestion() {
        String broken = """
                scorecard: broken
                pass-mark: 120
                sections:
                  - id: one
                    questions:
                      - id: greeting
                        answr: {behaviour: greeting}
                      - id: two_sources
                        answer: {behaviour: greeting, compliance: x}
                      - id: misplaced_option
                        answer: {behaviour: greeting, at-most: 3}
                """;

        assertThatThrownBy(() -> ScorecardParser.parse("broken.yaml", broken))
                .isInstanceOf(ScorecardException.class)
                .hasMessageContaining("broken.yaml:2: 'pass-mark' 120.0 is outside")
                .hasMessageContaining("broken.yaml:7: unknown question key 'answr' (did you mean 'answer'?)")
                .hasMessageContaining("question 'two_sources': 'answer' needs exactly one of")
                .hasMessageContaining("broken.yaml:11: question 'misplaced_option': 'at-most' does not apply to a 'behaviour' answer")
                .satisfies(e -> assertThat(((ScorecardException) e).problems()).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void rejectsDuplicateQuestionIdsAcrossSections() {
        String duplicate = """
                scorecard: dup
                sections:
                  - id: a
                    questions: [{id: greeting, answer: {behaviour: greeting}}]
                  - id: b
                    questions: [{id: greeting, answer: {behaviour: closing}}]
                """;

        assertThatThrownBy(() -> ScorecardParser.parse("dup.yaml", duplicate))
                .hasMessageContaining("dup.yaml:6: question id 'greeting' is used twice");
    }

    @Test
    void builtInScorecardsLoadAndAFileReplacesOneByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sales.yaml");
        Files.writeString(file, CARD.replace("scorecard: retail-chat", "scorecard: sales"));

        ScorecardLibrary builtIn = ScorecardLibrary.builtIn();
        ScorecardLibrary custom = ScorecardLibrary.builtInWith(List.of(file));

        assertThat(builtIn.all()).extracting(Scorecard::name).containsExactly("customer-service", "sales", "collections");
        assertThat(builtIn.get("collections").questions()).filteredOn(question -> question.autoFail()).isNotEmpty();
        assertThat(custom.get("sales").title()).isEqualTo("Retail chat");
        assertThatThrownBy(() -> custom.get("colections")).hasMessageContaining("did you mean 'collections'?");
    }
}
