package io.touchpoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.engine.TurnAlternatives;
import io.touchpoint.rules.phonetic.PronunciationDictionary;
import io.touchpoint.rules.phonetic.TestPronunciations;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** sounds_like conditions and the recognizer's alternatives, through the rule language and the engine. */
class PhoneticRulesTest {

    private static final String RULES = """
            pack: collections
            rules:
              - id: debt_mention
                type: event
                when: {sounds_like: ["(I'm|I am) in debt"], speaker: customer}
              - id: attorney_mention
                type: event
                when: {phrases: ["talk to my lawyer"], speaker: customer}
            """;

    private static RuleSet rules(String yaml, Supplier<Optional<PronunciationDictionary>> dictionary) {
        return RuleSet.fromSources(List.of(RuleSource.of("test.yaml", yaml)), () -> {
            throw new AssertionError("no semantic rule in this test");
        }, dictionary);
    }

    private static final RuleSet SMALL = rules(RULES, () -> Optional.of(TestPronunciations.small()));

    private static List<Finding> findings(Interaction interaction) {
        return SMALL.findings(AnalyzedInteraction.of(interaction));
    }

    @Test
    void soundAlikeHitScoresLowerAndANoteSaysWhatWasHeard() {
        List<Finding> found = findings(Conversations.call("agent: how can I help", "customer: yes I'm in death up to my neck"));
        Finding event = found.stream().filter(f -> f.name().equals("debt_mention") && f.type().equals("event")).findFirst().orElseThrow();
        assertThat(event.score()).isBetween(0.5, 0.99);
        assertThat(event.evidence().getFirst().turnIndex()).isEqualTo(1);
        assertThat(found).filteredOn(f -> f.type().equals(RuleSet.MATCH_NOTE_TYPE)).singleElement().satisfies(note -> {
            assertThat(note.name()).isEqualTo("debt_mention");
            assertThat(note.label()).isEqualTo("heard 'I'm in death' for 'i'm in debt'");
            assertThat(note.evidence()).isEqualTo(event.evidence());
        });
    }

    @Test
    void exactWordsOfASoundsLikeRuleScoreOneWithoutANote() {
        List<Finding> found = findings(Conversations.call("customer: I am in debt"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("debt_mention");
            assertThat(f.score()).isEqualTo(1.0);
        });
    }

    @Test
    void aNearMissDoesNotMatch() {
        assertThat(findings(Conversations.call("customer: I am in bed", "customer: I'm in a bet"))).isEmpty();
    }

    @Test
    void phraseOnlyInAnAlternativeHitsTheTurnWithALowerScoreAndSaysSo() {
        Interaction call = Conversations.builder("call-2", Channel.VOICE, "agent: can you pay today",
                        "customer: I will talk to my loyal about it")
                .attribute(TurnAlternatives.ATTRIBUTE, "1:i will talk to my lawyer about it\n1:i will talk to my lawyer a bout it")
                .build();
        List<Finding> found = findings(call);
        Finding event = found.stream().filter(f -> f.name().equals("attorney_mention") && f.type().equals("event"))
                .findFirst().orElseThrow();
        assertThat(event.score()).isEqualTo(0.7);
        assertThat(event.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.turnIndex()).isEqualTo(1);
            assertThat(evidence.charStart()).isZero();
            assertThat(evidence.charEnd()).isEqualTo(call.turns().get(1).text().length());
        });
        assertThat(found).filteredOn(f -> f.type().equals(RuleSet.MATCH_NOTE_TYPE)).singleElement()
                .satisfies(note -> assertThat(note.label())
                        .isEqualTo("only in the recognizer's alternative 1 for this turn: 'i will talk to my lawyer about it'"));
    }

    @Test
    void alternativesAreSeparateHypothesesAndDoNotOverrideTheText() {
        // "talk to my" in one hypothesis and "lawyer" in the next are no phrase.
        Interaction split = Conversations.builder("call-3", Channel.VOICE, "customer: I will talk to my loyal")
                .attribute(TurnAlternatives.ATTRIBUTE, "0:i will talk to my\n0:lawyer")
                .build();
        assertThat(findings(split)).isEmpty();
        // When the text itself has the phrase, the hit is the text's, with score 1.
        Interaction heard = Conversations.builder("call-4", Channel.VOICE, "customer: I will talk to my lawyer")
                .attribute(TurnAlternatives.ATTRIBUTE, "0:i will talk to my lawyer now")
                .build();
        assertThat(findings(heard)).singleElement().satisfies(f -> {
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.evidence().getFirst().charEnd()).isEqualTo(heard.turns().getFirst().text().length());
            assertThat(f.evidence().getFirst().charStart()).isEqualTo("I will ".length());
        });
    }

    @Test
    void soundsLikeInAnAlternativeCountsLessThanInTheText() {
        Interaction call = Conversations.builder("call-5", Channel.VOICE, "customer: I'm in that up to my neck")
                .attribute(TurnAlternatives.ATTRIBUTE, "0:i'm in death up to my neck")
                .build();
        Finding event = findings(call).stream().filter(f -> f.type().equals("event")).findFirst().orElseThrow();
        assertThat(event.score()).isLessThan(0.7);
        assertThat(findings(call)).filteredOn(f -> f.type().equals(RuleSet.MATCH_NOTE_TYPE)).singleElement()
                .satisfies(note -> assertThat(note.label()).startsWith("only in the recognizer's alternative 1")
                        .endsWith("heard 'i'm in death' for 'i'm in debt'"));
    }

    @Test
    void soundsLikeWithoutADictionaryFailsNamingTheRuleAndTheSetting() {
        assertThatThrownBy(() -> rules(RULES, Optional::empty))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("test.yaml:5")
                .hasMessageContaining("rule 'debt_mention'")
                .hasMessageContaining("rules.pronunciations");
    }

    @Test
    void withTheCmuDictionaryDebtIsHeardInDeathButNotInEverydaySentences() {
        PronunciationDictionary cmu = TestPronunciations.cmu();
        RuleSet rules = rules("""
                pack: collections
                rules:
                  - id: debt
                    type: event
                    when: {sounds_like: ["(I'm|I am) in debt", "bankruptcy", "(talk to|call) my lawyer", "cancel my account"]}
                """, () -> Optional.of(cmu));
        for (String misheard : List.of("customer: honestly I'm in death", "customer: we may declare bank wrapped see soon",
                "customer: we filed for bankrupt the last month", "customer: please console account today",
                "customer: I will talk to my lawyer")) {
            assertThat(rules.findings(Conversations.analyzed(misheard))).as(misheard).isNotEmpty();
        }
        for (String ordinary : List.of("customer: I'm in debts", "customer: please cancel it", "customer: my account is fine","customer: I'm in bed already", "customer: I am in Denver", "customer: I'm in that group",
                "customer: I'll call my mother", "customer: talk to my employer", "customer: the bank wrote to me",
                "customer: I am a loyal customer", "customer: can I talk to my manager")) {
            assertThat(rules.findings(Conversations.analyzed(ordinary))).as(ordinary).isEmpty();
        }
    }

    @Test
    void rulesTestShowsWhatWasOnlyHeardUnderTheHit() {
        RuleTestReport report = RuleDebugger.test(SMALL, java.util.stream.Stream.of(
                AnalyzedInteraction.of(Conversations.call("customer: yes I'm in death up to my neck")),
                AnalyzedInteraction.of(Conversations.call("customer: I am in debt"))), 0);

        RuleTestReport.RuleStats debt = report.rules().stream()
                .filter(stats -> stats.rule().id().equals("debt_mention")).findFirst().orElseThrow();
        assertThat(debt.examples()).extracting(RuleTestReport.HitExample::notes)
                .containsExactly(List.of("heard 'I'm in death' for 'i'm in debt'"), List.of());
        assertThat(report.render()).contains("    note: heard 'I'm in death' for 'i'm in debt'");
    }
}
