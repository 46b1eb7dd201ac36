package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Finding;
import java.util.List;
import java.util.Locale;

/**
 * What {@code touchpoint rules test} shows: for each rule, on how many of the scanned
 * interactions it applied and matched, and example hits with the words behind them.
 *
 * @param scanned interactions evaluated
 * @param rules one entry per rule, in rule-set order
 */
public record RuleTestReport(int scanned, List<RuleStats> rules) {

    public RuleTestReport {
        if (scanned < 0) {
            throw new IllegalArgumentException("scanned is negative: " + scanned);
        }
        rules = List.copyOf(rules);
    }

    /**
     * @param applicable interactions that passed the rule's filter
     * @param matched interactions where it matched (for behaviours: where the behaviour was present)
     * @param examples up to the requested number of matches, in scan order
     */
    public record RuleStats(Rule rule, int applicable, int matched, List<HitExample> examples) {
        public RuleStats {
            requireNonNull(rule, "rule is null");
            examples = List.copyOf(examples);
        }
    }

    /**
     * One matched interaction, its finding and the text of each evidence span.
     *
     * @param notes what was only heard, not read, for this hit ("heard 'death' for 'debt'"): the
     *     labels of the rule's {@code match_note} findings, empty for exact hits
     */
    public record HitExample(String interactionId, Finding finding, List<Snippet> snippets, List<String> notes) {
        public HitExample {
            requireNonNull(interactionId, "interactionId is null");
            requireNonNull(finding, "finding is null");
            snippets = List.copyOf(snippets);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The words of one evidence span with some context.
     *
     * @param turn the turn index, -1 for whole-interaction evidence
     */
    public record Snippet(int turn, String speaker, long startMs, long endMs, String before, String matched, String after) {
        /** {@code [turn 3, customer, 0:12.4] ...want to [[cancel my account]] today...}. */
        public String render() {
            if (turn < 0) {
                return "[whole interaction]";
            }
            return String.format(Locale.ROOT, "[turn %d, %s, %d:%04.1f] %s[[%s]]%s", turn, speaker, startMs / 60_000,
                    (startMs % 60_000) / 1000.0, before, matched, after);
        }
    }

    /** A plain-text report for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("scanned ").append(scanned).append(" interactions\n");
        for (RuleStats stats : rules) {
            Rule rule = stats.rule();
            out.append('\n').append(rule.id()).append(" (").append(rule.type().findingType()).append(' ')
                    .append(rule.findingName()).append(") ").append(rule.source()).append(':').append(rule.line())
                    .append("\n  applies to ").append(stats.applicable()).append(", matches ").append(stats.matched())
                    .append(scanned == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * stats.matched() / scanned))
                    .append('\n');
            for (HitExample example : stats.examples()) {
                out.append("  ").append(example.interactionId()).append("  ").append(example.finding().label())
                        .append(String.format(Locale.ROOT, "  score %.2f confidence %.2f%n", example.finding().score(),
                                example.finding().confidence()));
                for (Snippet snippet : example.snippets()) {
                    out.append("    ").append(snippet.render()).append('\n');
                }
                for (String note : example.notes()) {
                    out.append("    note: ").append(note).append('\n');
                }
            }
        }
        return out.toString();
    }
}
