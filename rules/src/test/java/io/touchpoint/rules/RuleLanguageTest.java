package io.touchpoint.rules;

import static io.touchpoint.rules.Conversations.analyzed;
import static io.touchpoint.rules.Conversations.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLanguageTest {

    private static List<Finding> run(String yaml, String... lines) {
        return rules(yaml).findings(analyzed(lines));
    }

    private static String event(String when) {
        return "pack: test\nrules:\n  - id: e\n    type: event\n    when: " + when + "\n";
    }

    private static boolean matches(String when, String... lines) {
        return !run(event(when), lines).isEmpty();
    }

    private static String spanText(Interaction interaction, Evidence evidence) {
        return interaction.turns().get(evidence.turnIndex()).text().substring(evidence.charStart(), evidence.charEnd());
    }

    @Test
    void phraseMatchesInflectedFormsAndReportsTheSpan() {
        List<Finding> findings = run(event("{phrases: [\"late fee\"]}"),
                "agent: how can I help", "customer: why were there two late fees on my bill");
        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.type()).isEqualTo("event");
        assertThat(finding.name()).isEqualTo("e");
        assertThat(finding.label()).isEqualTo("test");
        assertThat(finding.score()).isEqualTo(1.0);
        assertThat(finding.confidence()).isEqualTo(1.0);
        Evidence evidence = finding.evidence().getFirst();
        assertThat(evidence.turnIndex()).isEqualTo(1);
        assertThat("why were there two late fees on my bill".substring(evidence.charStart(), evidence.charEnd()))
                .isEqualTo("late fees");
        assertThat(evidence.startMs()).isBetween(4000L, 7000L);
        assertThat(evidence.endMs()).isGreaterThan(evidence.startMs());
    }

    @Test
    void stemmingIsLightSoCancelledMeetsCancelButNotCancellation() {
        assertThat(matches("{phrase: cancel}", "customer: I cancelled it yesterday")).isTrue();
        assertThat(matches("{phrase: cancel}", "customer: what is the cancellation policy")).isFalse();
    }

    @Test
    void exactWordMatchesOnlyThatForm() {
        assertThat(matches("{phrase: \"=fees\"}", "customer: two fees this month")).isTrue();
        assertThat(matches("{phrase: \"=fees\"}", "customer: a fee this month")).isFalse();
        assertThat(matches("{phrase: fees}", "customer: a fee this month")).isTrue();
    }

    @Test
    void wildcardsMatchWordBeginningsAndPatterns() {
        assertThat(matches("{phrase: \"cancel* my account\"}", "customer: cancelling my account please")).isTrue();
        assertThat(matches("{phrase: \"overdr*t fee\"}", "customer: an overdraft fee again")).isTrue();
        assertThat(matches("{phrase: \"refund*\"}", "customer: I want my money back")).isFalse();
    }

    @Test
    void groupsGiveAlternativesAndAnEmptyAlternativeMakesAWordOptional() {
        String when = "{phrase: \"(close|shut down|terminate) (my|the|) account\"}";
        assertThat(matches(when, "customer: please shut down the account")).isTrue();
        assertThat(matches(when, "customer: terminate account now")).isTrue();
        assertThat(matches(when, "customer: close your account")).isFalse();
    }

    @Test
    void loneStarStandsForAtMostOneWord() {
        String when = "{phrase: \"speak to * manager\"}";
        assertThat(matches(when, "customer: let me speak to a manager")).isTrue();
        assertThat(matches(when, "customer: let me speak to your floor manager")).isFalse();
    }

    @Test
    void nearFindsWordsWithinNWordsInEitherOrderButNotAcrossTurns() {
        String when = "{near: [lawyer, [\"my\", \"our\"]], within: 2}";
        assertThat(matches("{near: [lawyer, {phrases: [my, our]}], within: 2}", "customer: our family lawyer says no"))
                .isTrue();
        assertThat(matches("{near: [lawyer, {phrases: [my, our]}], within: 2}",
                "customer: my cousin who is a lawyer")).isFalse();
        assertThat(matches("{near: [bill, wrong], within: 3}", "customer: the bill", "customer: wrong again")).isFalse();
        assertThat(when).isNotEmpty();
    }

    @Test
    void speakerRestrictsMatchesToThatSpeakersTurns() {
        String when = "{phrases: [\"cancel\"], speaker: customer}";
        assertThat(matches(when, "agent: I can cancel that for you")).isFalse();
        assertThat(matches(when, "agent: hello", "customer: cancel it")).isTrue();
    }

    @Test
    void firstAndLastWindowsCountSecondsOrTheSpeakersOwnTurns() {
        String greetingInFirstAgentTurn = "{phrases: [\"thank you for calling\"], speaker: agent, first: 1 turn}";
        assertThat(matches(greetingInFirstAgentTurn, "customer: hi", "agent: thank you for calling acme")).isTrue();
        assertThat(matches(greetingInFirstAgentTurn, "agent: hi", "customer: hello", "agent: thank you for calling"))
                .isFalse();
        assertThat(matches("{phrases: [goodbye], last: 5s}", "agent: goodbye", "customer: a", "customer: b")).isFalse();
        assertThat(matches("{phrases: [goodbye], last: 5s}", "customer: a", "customer: b", "agent: goodbye")).isTrue();
        assertThat(matches("{phrases: [hello], first: 5s}", "customer: a", "customer: b", "agent: hello")).isFalse();
    }

    @Test
    void afterThenRequiresTheSecondWithinTheWindow() {
        String when = "{after: {phrases: [supervisor], speaker: customer}, then: {phrases: [transfer], speaker: agent},"
                + " within: 2 turns}";
        assertThat(matches(when, "customer: get me a supervisor", "agent: I will transfer you")).isTrue();
        assertThat(matches(when, "agent: I will transfer you", "customer: get me a supervisor")).isFalse();
        assertThat(matches(when, "customer: supervisor", "agent: a", "customer: b", "agent: c", "agent: transfer"))
                .isFalse();
    }

    @Test
    void afterNeverFlagsTheAnchorWhenNoResponseFollows() {
        String yaml = """
                pack: test
                rules:
                  - id: collections.no_course_change
                    type: compliance
                    when:
                      after: {phrases: [bankruptcy], speaker: customer}
                      never: {phrases: ["stop (all|) collection", "note (that|the bankruptcy)"], speaker: agent}
                      within: 2 turns
                """;
        Interaction violating = Conversations.call("agent: you owe 300 dollars", "customer: I filed for bankruptcy",
                "agent: you still need to pay today");
        List<Finding> findings = rules(yaml).findings(AnalyzedInteraction.of(violating));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("compliance");
            assertThat(f.name()).isEqualTo("collections.no_course_change");
            assertThat(f.label()).isEqualTo("violation");
            assertThat(spanText(violating, f.evidence().getFirst())).isEqualTo("bankruptcy");
        });
        assertThat(run(yaml, "customer: I filed for bankruptcy", "agent: I will note that and stop collection"))
                .isEmpty();
    }

    @Test
    void allAnyNotCombine() {
        String when = "{all: [{phrases: [refund]}, {any: [{phrases: [damaged]}, {phrases: [broken]}]},"
                + " {not: {phrases: [\"never mind\"]}}]}";
        assertThat(matches(when, "customer: it arrived broken, I want a refund")).isTrue();
        assertThat(matches(when, "customer: it arrived broken, I want a refund", "customer: oh never mind")).isFalse();
        assertThat(matches(when, "customer: I want a refund")).isFalse();
    }

    @Test
    void atLeastCountsDistinctPlaces() {
        assertThat(matches("{phrases: [sorry], at_least: 2}", "agent: sorry", "agent: so sorry")).isTrue();
        assertThat(matches("{phrases: [sorry], at_least: 2}", "agent: sorry about that")).isFalse();
    }

    @Test
    void metadataFiltersReadChannelQueueDurationAndOutcome() {
        String yaml = """
                pack: test
                rules:
                  - id: long_transferred_billing_call
                    type: event
                    filter: {all: [{channel: voice}, {queue: "bill*"}]}
                    when:
                      all:
                        - duration: "> 10s"
                        - outcome: {transferred: true, csat: "<= 2"}
                """;
        Interaction.Builder base = Conversations.builder("c-1", Channel.VOICE, "agent: hi", "customer: a", "agent: b",
                "customer: c").queue("Billing").outcome(new Outcome(false, true, null, 1));
        RuleSet rules = rules(yaml);
        assertThat(rules.findings(AnalyzedInteraction.of(base.build()))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(Evidence.WHOLE_INTERACTION));
        Interaction chat = Conversations.builder("c-2", Channel.CHAT, "agent: hi", "customer: a", "agent: b",
                "customer: c").queue("billing").outcome(new Outcome(false, true, null, 1)).build();
        assertThat(rules.findings(AnalyzedInteraction.of(chat))).isEmpty();
        Interaction notTransferred = base.outcome(new Outcome(true, false, null, 1)).build();
        assertThat(rules.findings(AnalyzedInteraction.of(notTransferred))).isEmpty();
    }

    @Test
    void conditionsOnOtherAnalyzersFindingsUseTheirEvidence() {
        Interaction call = Conversations.call("agent: hello", "customer: this is ridiculous", "agent: I understand");
        Finding negative = new Finding("sentiment", "sentiment.turn", "turn", "negative", -0.8, 0.9,
                List.of(Evidence.ofTurn(1, call.turns().get(1))));
        Finding anger = new Finding("emotion", "emotion", "anger", "", 0.9, 0.9,
                List.of(Evidence.ofTurn(1, call.turns().get(1))));
        String yaml = """
                pack: test
                rules:
                  - id: angry_then_empathy
                    type: event
                    when:
                      after: {all: [{sentiment: {label: negative, score: "< -0.5"}}, {emotion: [anger, frustration]}], speaker: customer}
                      then: {phrases: ["I understand"], speaker: agent}
                      within: 1 turn
                """;
        List<Finding> findings = rules(yaml).findings(Conversations.analyzed(call, negative, anger));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.evidence()).extracting(Evidence::turnIndex).containsExactly(1, 2));
        assertThat(rules(yaml).findings(Conversations.analyzed(call, anger))).isEmpty();
    }

    @Test
    void piiPlaceholderIsOneTermThatTheWordCardDoesNotMatch() {
        assertThat(matches("{phrases: [\"[CARD]\"]}", "customer: my number is [CARD] expiring soon")).isTrue();
        assertThat(matches("{phrases: [\"[CARD]\"]}", "customer: my card is blocked")).isFalse();
        assertThat(matches("{pii: CARD}", "customer: nothing here")).isFalse();
        Interaction call = Conversations.call("customer: it is [CARD]");
        Finding card = new Finding("pii", "pii", "CARD", "", 1, 1, List.of(Evidence.ofSpan(0, call.turns().get(0), 6, 12)));
        assertThat(rules(event("{pii: [CARD], speaker: customer}")).findings(Conversations.analyzed(call, card)))
                .singleElement().satisfies(f -> assertThat(spanText(call, f.evidence().getFirst())).isEqualTo("[CARD]"));
    }

    @Test
    void silenceFindsGapsBeforeTheGivenSpeakersTurn() {
        Interaction call = Interaction.builder("c", Channel.VOICE, java.time.Instant.EPOCH)
                .turn(Turn.typed(Speaker.CUSTOMER, 0, 2000, "are you there"))
                .turn(Turn.typed(Speaker.AGENT, 20_000, 21_000, "sorry"))
                .build();
        RuleSet rules = rules(event("{silence: 15s, speaker: agent}"));
        assertThat(rules.findings(AnalyzedInteraction.of(call))).singleElement().satisfies(f ->
                assertThat(f.evidence().getFirst()).isEqualTo(new Evidence(1, 0, 0, 2000, 20_000)));
        assertThat(rules(event("{silence: 20s}")).findings(AnalyzedInteraction.of(call))).isEmpty();
    }

    @Test
    void behaviourIsPresentWithEvidenceOrMissingForTheWholeInteraction() {
        String yaml = """
                pack: test
                rules:
                  - id: greeting
                    type: behaviour
                    filter: {channel: [voice, chat]}
                    when: {phrases: ["thank you for calling", "how can I help"], speaker: agent, first: 2 turns}
                """;
        assertThat(run(yaml, "agent: thank you for calling")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("behaviour");
            assertThat(f.label()).isEqualTo("present");
            assertThat(f.evidence().getFirst().turnIndex()).isZero();
        });
        assertThat(run(yaml, "agent: yes?")).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("missing");
            assertThat(f.evidence()).containsExactly(Evidence.WHOLE_INTERACTION);
        });
        Interaction email = Conversations.builder("e", Channel.EMAIL, "agent: yes?").build();
        assertThat(rules(yaml).findings(AnalyzedInteraction.of(email))).isEmpty();
    }

    @Test
    void categoryFindingIsNamedByItsPathAndLabelledWithThePack() {
        String yaml = """
                pack: telecom
                rules:
                  - id: late_fee
                    type: category
                    category: Billing / Late fee
                    when: {phrases: ["late (fee|charge)"]}
                """;
        RuleSet rules = rules(yaml);
        assertThat(rules.findings(analyzed("customer: a late charge"))).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("category");
            assertThat(f.name()).isEqualTo("Billing/Late fee");
            assertThat(f.label()).isEqualTo("telecom");
        });
        assertThat(rules.taxonomy().nodes()).extracting(Taxonomy.Node::path).containsExactly("Billing", "Billing/Late fee");
    }

    @Test
    void ruleReferencesSeeTheReferencedRulesHits() {
        String yaml = """
                pack: test
                rules:
                  - id: retention_offer_on_churn
                    type: behaviour
                    name: retention_offer
                    filter: {rule: churn_threat}
                    when: {after: {rule: churn_threat}, then: {phrases: ["(offer|give) you * discount"], speaker: agent}}
                  - id: churn_threat
                    type: event
                    when: {phrases: ["switch to another provider"], speaker: customer}
                """;
        List<Finding> saved = run(yaml, "customer: I will switch to another provider", "agent: I can offer you a discount");
        assertThat(saved).extracting(Finding::name, Finding::label)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("retention_offer", "present"),
                        org.assertj.core.groups.Tuple.tuple("churn_threat", "test"));
        assertThat(run(yaml, "customer: I will switch to another provider", "agent: ok"))
                .extracting(Finding::label).containsExactlyInAnyOrder("missing", "test");
        assertThat(run(yaml, "customer: hello")).isEmpty();
    }

    @Test
    void confidenceIsTheLowestSpeechConfidenceOfTheMatchedTurns() {
        Interaction call = Interaction.builder("c", Channel.VOICE, java.time.Instant.EPOCH)
                .turn(new Turn(Speaker.CUSTOMER, 0, 2000, "late fee", 0.6))
                .turn(new Turn(Speaker.CUSTOMER, 3000, 5000, "another late fee", 0.9))
                .build();
        assertThat(rules(event("{phrases: [late fee]}")).findings(AnalyzedInteraction.of(call)))
                .singleElement().satisfies(f -> assertThat(f.confidence()).isEqualTo(0.6));
    }

    @Test
    void luceneQuerySyntaxIsAnEscapeHatch() {
        assertThat(matches("{lucene: '\"direct debit\" OR standing'}", "customer: my direct debit failed")).isTrue();
        assertThat(matches("{lucene: '\"direct debit\" OR standing'}", "customer: my debit card")).isFalse();
    }
}
