package io.touchpoint.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.RuleBenchmark;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.rules.RuleSource;
import io.touchpoint.rules.language.RuleFileParser;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The percolator's shortcuts (key terms, the positional check, queries cut down to the
 * transcript's words) must find exactly what Lucene finds with the whole query: same spans,
 * same characters, on every pattern of the built-in packs and the benchmark's generated rules.
 */
class PercolatorTest {

    private record Compiled(Percolator percolator, TranscriptAnalyzer analyzer) {
    }

    private static Compiled compile(List<RuleSource> sources) {
        TranscriptAnalyzer analyzer = new TranscriptAnalyzer();
        Percolator percolator = new Percolator();
        RuleFileParser parser = new RuleFileParser(analyzer, percolator, () -> {
            throw new AssertionError("no semantic rule here");
        });
        for (RuleSource source : sources) {
            assertThat(parser.parse(source).problems()).as(source.name()).isEmpty();
        }
        percolator.freeze();
        return new Compiled(percolator, analyzer);
    }

    /** Compares every atom on one transcript; returns how many atoms matched somewhere. */
    private static int compareAll(Compiled compiled, List<Turn> turns) {
        TranscriptIndex index = new TranscriptIndex(turns, compiled.analyzer());
        BitSet candidates = new BitSet();
        Vocabulary vocabulary = index.vocabulary(compiled.percolator(), candidates);
        int matched = 0;
        for (int id = 0; id < compiled.percolator().size(); id++) {
            LexicalAtom atom = compiled.percolator().atom(id);
            List<Hit> reference = index.hitsOfWholeQuery(atom);
            List<Hit> fast = candidates.get(id) ? index.hits(atom, vocabulary) : List.of();
            assertThat(fast).as("atom %s on %s", atom.description(), turns).isEqualTo(reference);
            if (!reference.isEmpty()) {
                matched++;
            }
        }
        return matched;
    }

    @Test
    void shortcutsFindExactlyWhatTheWholeQueriesFindOnSimulatedInteractions() {
        List<RuleSource> sources = new ArrayList<>(RuleSet.builtInSources());
        sources.add(RuleSource.of("generated.yaml", RuleBenchmark.generatedRules(242)));
        Compiled compiled = compile(sources);
        int matched = 0;
        for (Interaction interaction : new ContactCenterSimulator(SimulationConfig.of(300, 11L)).generate().interactions()) {
            matched += compareAll(compiled, interaction.turns());
        }
        // A comparison of empty results would prove nothing.
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void positionalCheckGivesUpOnTooManyCombinations() {
        Compiled compiled = compile(List.of(RuleSource.of("near.yaml",
                "pack: p\nrules:\n  - {id: n, type: event, when: {near: [fee, fee], within: 3}}\n")));
        List<Turn> turns = List.of(new Turn(Speaker.CUSTOMER, 0, 3000, "fee ".repeat(150), 1.0));
        TranscriptIndex index = new TranscriptIndex(turns, compiled.analyzer());
        Vocabulary vocabulary = index.vocabulary(compiled.percolator(), new BitSet());
        LexicalAtom atom = compiled.percolator().atom(0);
        assertThat(atom.pattern().spans(vocabulary)).isSameAs(PositionSpans.UNKNOWN);
        assertThat(index.hits(atom, vocabulary)).isEqualTo(index.hitsOfWholeQuery(atom)).isNotEmpty();
    }

    @Test
    void shortcutsAgreeOnOptionalGroupsGapsWildcardsAndNearGroups() {
        String yaml = """
                pack: shapes
                rules:
                  - {id: optional, type: event, when: {phrases: ["(please|) (cancel|close) (my|the|) (whole|) account", "=fees"]}}
                  - {id: gaps, type: event, when: {phrases: ["speak to * manager", "cancel * * plan"]}}
                  - {id: prefix, type: event, when: {phrases: ["refund*", "(my|the) bill*", "ov*ft", "*ing"]}}
                  - {id: near, type: event, when: {near: ["late fee", {any: ["waive", "remove*"]}], within: 3}}
                  - {id: ordered, type: event, when: {near: [cancel, {near: [account, today], within: 2}], within: 4, ordered: true}}
                  - {id: repeated, type: event, when: {near: [fee, fee], within: 3}}
                  - {id: card, type: event, when: {phrases: ["card number is [CARD]"]}}
                """;
        Compiled compiled = compile(List.of(RuleSource.of("shapes.yaml", yaml)));
        String[][] transcripts = {
            {"customer: please cancel my whole account", "agent: I can close the account today"},
            {"customer: I want to speak to the manager", "customer: speak to manager now, cancel the family plan"},
            {"customer: my bills show a refunding of overdraft fees", "agent: the bill is being refunded"},
            {"customer: can you waive the late fee", "agent: the late fees were removed and the late fee waived"},
            {"customer: cancel my account today", "customer: today cancel it, account closed"},
            {"customer: a fee and another fee and a fee", "agent: no fee"},
            {"customer: my card number is [CARD] ok", "agent: card number is card"},
            {"customer: fee", "agent: account"},
            // Too many combinations for the positional check: it gives up and Lucene decides.
            {"customer: " + "a fee ".repeat(80), "agent: fee fee late fee waived"},
        };
        int matched = 0;
        for (String[] lines : transcripts) {
            List<Turn> turns = new ArrayList<>();
            long at = 0;
            for (String line : lines) {
                int colon = line.indexOf(':');
                turns.add(new Turn(Speaker.parse(line.substring(0, colon)), at, at + 3000, line.substring(colon + 1).strip(), 1.0));
                at += 4000;
            }
            matched += compareAll(compiled, turns);
        }
        assertThat(matched).isGreaterThanOrEqualTo(10);
    }
}
