package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Interaction;

/**
 * A short conversation written next to a rule that it must (or must not) match: the rule's own
 * regression test, checked by {@link RuleDebugger#checkExamples(RuleSet)}.
 *
 * @param line where the example is written
 */
public record RuleExample(boolean shouldMatch, Interaction interaction, int line) {

    public RuleExample {
        requireNonNull(interaction, "interaction is null");
    }
}
