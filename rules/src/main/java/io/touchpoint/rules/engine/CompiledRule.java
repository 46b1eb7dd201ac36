package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import io.touchpoint.rules.Rule;
import java.util.List;

/**
 * A rule ready to run: its description, the cheap filter that decides whether it applies at
 * all (null: always), and its condition.
 *
 * @param index position in evaluation order; rule references point at lower indexes
 */
public record CompiledRule(Rule rule, Condition filter, Condition when, int index, List<String> references) {

    public CompiledRule {
        requireNonNull(rule, "rule is null");
        requireNonNull(when, "when is null");
        references = List.copyOf(references);
    }

    public CompiledRule withIndex(int newIndex) {
        return new CompiledRule(rule, filter, when, newIndex, references);
    }
}
