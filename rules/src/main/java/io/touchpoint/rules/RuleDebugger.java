package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Turn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tries rules on stored interactions before they are saved: which interactions each rule
 * matches and the exact words behind every hit ({@code touchpoint rules test}), and whether the
 * examples written beside each rule still hold.
 *
 * <pre>{@code
 * RuleSet draft = RuleSet.load(List.of(Path.of("draft.yaml")));
 * System.out.println(RuleDebugger.test(draft, store.analyzedInteractions(), 1000).render());
 * }</pre>
 */
public final class RuleDebugger {

    /** Example hits kept per rule unless asked otherwise. */
    public static final int DEFAULT_EXAMPLES_PER_RULE = 10;

    /** Characters of context shown on each side of a hit. */
    static final int CONTEXT_CHARS = 40;

    private RuleDebugger() {
    }

    /**
     * Evaluates {@code rules} on at most {@code limit} interactions (all when {@code limit} is 0).
     * Findings of earlier analyzers on the interactions are used; findings of an earlier rules run
     * are dropped so that the draft rules are judged on their own.
     */
    public static RuleTestReport test(RuleSet rules, Stream<AnalyzedInteraction> interactions, int limit) {
        return test(rules, interactions, limit, DEFAULT_EXAMPLES_PER_RULE);
    }

    public static RuleTestReport test(RuleSet rules, Stream<AnalyzedInteraction> interactions, int limit,
            int examplesPerRule) {
        requireNonNull(rules, "rules is null");
        requireNonNull(interactions, "interactions is null");
        if (limit < 0) {
            throw new IllegalArgumentException("limit is negative: " + limit);
        }
        if (examplesPerRule < 0) {
            throw new IllegalArgumentException("examplesPerRule is negative: " + examplesPerRule);
        }
        int size = rules.rules().size();
        int[] applicable = new int[size];
        int[] matched = new int[size];
        List<List<RuleTestReport.HitExample>> examples = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            examples.add(new ArrayList<>());
        }
        int scanned = 0;
        Iterator<AnalyzedInteraction> iterator = (limit > 0 ? interactions.limit(limit) : interactions).iterator();
        while (iterator.hasNext()) {
            AnalyzedInteraction input = withoutRuleFindings(iterator.next());
            scanned++;
            List<RuleSet.RuleOutcome> outcomes = rules.evaluate(input);
            for (int i = 0; i < outcomes.size(); i++) {
                RuleSet.RuleOutcome outcome = outcomes.get(i);
                if (outcome.applicable()) {
                    applicable[i]++;
                }
                if (outcome.matched()) {
                    matched[i]++;
                    if (examples.get(i).size() < examplesPerRule) {
                        examples.get(i).add(example(input, outcome.finding(), outcome.notes()));
                    }
                }
            }
        }
        List<RuleTestReport.RuleStats> stats = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            stats.add(new RuleTestReport.RuleStats(rules.rules().get(i), applicable[i], matched[i], examples.get(i)));
        }
        return new RuleTestReport(scanned, stats);
    }

    /**
     * Checks every rule's {@code examples:}; returns one line per example that does not behave
     * as written ({@code file:line: rule 'x' should match ...}), empty when all hold.
     */
    public static List<String> checkExamples(RuleSet rules) {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            for (RuleExample example : rule.examples()) {
                boolean matched = rules.evaluate(AnalyzedInteraction.of(example.interaction())).stream()
                        .filter(outcome -> outcome.rule().id().equals(rule.id()))
                        .anyMatch(RuleSet.RuleOutcome::matched);
                if (matched != example.shouldMatch()) {
                    failures.add(rule.source() + ":" + example.line() + ": rule '" + rule.id() + "' should "
                            + (example.shouldMatch() ? "" : "not ") + "match: "
                            + example.interaction().turns().stream()
                                    .map(turn -> turn.speaker().wireName() + ": " + turn.text()).toList());
                }
            }
        }
        return failures;
    }

    private static AnalyzedInteraction withoutRuleFindings(AnalyzedInteraction input) {
        if (input.findings().stream().noneMatch(f -> f.analyzer().equals(RuleSet.ANALYZER_NAME))) {
            return input;
        }
        return new AnalyzedInteraction(input.interaction(),
                input.findings().stream().filter(f -> !f.analyzer().equals(RuleSet.ANALYZER_NAME)).toList());
    }

    private static RuleTestReport.HitExample example(AnalyzedInteraction input, Finding finding, List<Finding> notes) {
        List<RuleTestReport.Snippet> snippets = new ArrayList<>();
        List<Turn> turns = input.interaction().turns();
        for (Evidence evidence : finding.evidence()) {
            if (evidence.isWholeInteraction() || evidence.turnIndex() >= turns.size()) {
                snippets.add(new RuleTestReport.Snippet(-1, "", 0, 0, "", "", ""));
                continue;
            }
            Turn turn = turns.get(evidence.turnIndex());
            String text = turn.text();
            int start = Math.min(evidence.charStart(), text.length());
            int end = Math.min(Math.max(start, evidence.charEnd()), text.length());
            int from = Math.max(0, start - CONTEXT_CHARS);
            int to = Math.min(text.length(), end + CONTEXT_CHARS);
            snippets.add(new RuleTestReport.Snippet(evidence.turnIndex(), turn.speaker().wireName(), evidence.startMs(),
                    evidence.endMs(), (from > 0 ? "..." : "") + text.substring(from, start), text.substring(start, end),
                    text.substring(end, to) + (to < text.length() ? "..." : "")));
        }
        return new RuleTestReport.HitExample(input.interaction().id(), finding, snippets,
                notes.stream().map(Finding::label).toList());
    }
}
