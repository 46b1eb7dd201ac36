package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.rules.semantic.SentenceEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * Runs compiled rules over one interaction at a time. Immutable and thread-safe: all
 * per-interaction state lives in an {@link EvaluationContext}.
 */
public final class RuleEngine {

    /** The outcome of one rule on one interaction. */
    public record RuleResult(CompiledRule rule, boolean applicable, Match match) {
        public RuleResult {
            requireNonNull(rule, "rule is null");
            requireNonNull(match, "match is null");
        }
    }

    private final List<CompiledRule> rules;
    private final Percolator percolator;
    private final TranscriptAnalyzer analyzer;
    private final Supplier<SentenceEmbedder> embedder;
    private final Map<String, Integer> indexById = new HashMap<>();
    /** One transcript index per thread, emptied and refilled for each interaction (offsets kept for evidence). */
    private final ThreadLocal<MemoryIndex> memoryIndexes = ThreadLocal.withInitial(() -> new MemoryIndex(true, false));
    /** The same for the recognizer's alternatives of a call's turns, filled only for calls that have them. */
    private final ThreadLocal<MemoryIndex> alternativeIndexes = ThreadLocal.withInitial(() -> new MemoryIndex(true, false));

    /**
     * @param rules in evaluation order: each rule's references point at earlier rules
     * @param embedder called only when a semantic condition is evaluated
     */
    public RuleEngine(List<CompiledRule> rules, Percolator percolator, TranscriptAnalyzer analyzer,
            Supplier<SentenceEmbedder> embedder) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            if (this.rules.get(i).index() != i) {
                throw new IllegalArgumentException("rule " + this.rules.get(i).rule().id() + " has index "
                        + this.rules.get(i).index() + " but is at position " + i);
            }
        }
        for (CompiledRule rule : this.rules) {
            indexById.put(rule.rule().id(), rule.index());
        }
        this.percolator = requireNonNull(percolator, "percolator is null");
        percolator.freeze();
        this.analyzer = requireNonNull(analyzer, "analyzer is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    int indexOf(String ruleId) {
        return indexById.getOrDefault(ruleId, -1);
    }

    Percolator percolator() {
        return percolator;
    }

    TranscriptAnalyzer analyzer() {
        return analyzer;
    }

    /** This thread's re-usable in-memory index. */
    MemoryIndex memoryIndex() {
        return memoryIndexes.get();
    }

    /** This thread's re-usable index for turns' alternatives. */
    MemoryIndex alternativeMemoryIndex() {
        return alternativeIndexes.get();
    }

    SentenceEmbedder embedder() {
        return embedder.get();
    }

    /** Evaluates every rule, in order, on one interaction. */
    public List<RuleResult> evaluate(AnalyzedInteraction input) {
        EvaluationContext context = new EvaluationContext(input, this, rules.size());
        List<RuleResult> results = new ArrayList<>(rules.size());
        for (CompiledRule rule : rules) {
            boolean applies = rule.filter() == null || rule.filter().evaluate(context, Scope.EVERYWHERE).matched();
            Match match = applies ? rule.when().evaluate(context, Scope.EVERYWHERE) : Match.NO;
            context.recordRuleMatch(rule.index(), match);
            results.add(new RuleResult(rule, applies, match));
        }
        return results;
    }
}
