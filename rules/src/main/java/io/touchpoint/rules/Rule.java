package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a rule is, as written: the public description of one compiled rule.
 *
 * @param id unique in the rule set, e.g. {@code collections.mini_miranda_missing}
 * @param type what it finds
 * @param findingName the name of its findings: the category path ({@code Billing/Late fee}) for
 *     categories, otherwise the {@code name} given in YAML or the id
 * @param pack the pack (file) it comes from; the label of category and event findings
 * @param description what it looks for, for people
 * @param source the file it was read from
 * @param line the line of its definition
 * @param examples short conversations it must and must not match, checked by {@link RuleDebugger#checkExamples}
 */
public record Rule(
        String id,
        RuleType type,
        String findingName,
        String pack,
        String description,
        String source,
        int line,
        List<RuleExample> examples) {

    public Rule {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(findingName, "findingName is null");
        requireNonNull(pack, "pack is null");
        description = description == null ? "" : description;
        requireNonNull(source, "source is null");
        examples = List.copyOf(examples);
    }
}
