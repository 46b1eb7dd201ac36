package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;

/**
 * The pipeline step that checks every interaction against a rule set and adds category, event,
 * compliance and behaviour findings. Runs after redaction, sentiment, emotion and PII, whose
 * findings rules may refer to.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(List.of(new HandleTimeAnalyzer(), new RuleAnalyzer(RuleSet.builtIn())));
 * }</pre>
 */
public final class RuleAnalyzer implements Analyzer {

    private final RuleSet rules;

    public RuleAnalyzer(RuleSet rules) {
        this.rules = requireNonNull(rules, "rules is null");
    }

    public RuleSet ruleSet() {
        return rules;
    }

    @Override
    public String name() {
        return RuleSet.ANALYZER_NAME;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        return input.plus(rules.findings(input));
    }
}
