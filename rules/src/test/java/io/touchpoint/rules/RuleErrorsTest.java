package io.touchpoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleErrorsTest {

    private static List<RuleProblem> problems(String yaml) {
        try {
            Conversations.rules(yaml);
        } catch (RuleSetException e) {
            assertThat(e.kind()).isEqualTo(TouchpointException.Kind.USER_ERROR);
            return e.problems();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void unknownKeyIsReportedWithItsLineAndASuggestion() {
        List<RuleProblem> problems = problems("""
                pack: test
                rules:
                  - id: late_fee
                    type: category
                    category: Billing/Late fee
                    when:
                      phrase_list: ["late fee"]
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("test.yaml");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("rule 'late_fee'").contains("phrase_list").contains("did you mean 'phrase");
            assertThat(p.toString()).startsWith("test.yaml:7");
        });
    }

    @Test
    void everyBadRuleIsReportedNotJustTheFirst() {
        List<RuleProblem> problems = problems("""
                pack: test
                rules:
                  - id: a
                    type: event
                    when: {phrases: ["(unclosed group"]}
                  - id: b
                    type: evnt
                    when: {phrases: [x]}
                  - id: c
                    type: event
                    when: {phrases: [x], speaker: robot}
                  - id: d
                    type: event
                    when: {after: {phrases: [x]}, within: 2 turns}
                  - id: e
                    type: event
                    when: {phrases: [x], first: soon}
                """);
        assertThat(problems).extracting(RuleProblem::line).containsExactly(5, 7, 11, 14, 17);
        assertThat(problems.get(0).message()).contains("'(' at character 1").contains("never closed");
        assertThat(problems.get(1).message()).contains("unknown rule type 'evnt'");
        assertThat(problems.get(2).message()).contains("speaker 'robot'");
        assertThat(problems.get(3).message()).contains("exactly one of 'then:'");
        assertThat(problems.get(4).message()).contains("'soon' is not a window");
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        List<RuleProblem> problems = problems("pack: test\nrules:\n  - id: a\n    when: {phrases: [x]\n  - id: b\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("invalid YAML");
            assertThat(p.line()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void duplicateIdsCyclesAndUnknownReferencesAreErrors() {
        assertThat(problems("""
                pack: test
                rules:
                  - {id: a, type: event, when: {phrases: [x]}}
                  - {id: a, type: event, when: {phrases: [y]}}
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("used twice"));
        assertThat(problems("""
                pack: test
                rules:
                  - {id: a, type: event, when: {rule: b}}
                  - {id: b, type: event, when: {rule: a}}
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("cycle"));
        assertThat(problems("""
                pack: test
                rules:
                  - {id: a, type: event, when: {rule: nowhere}}
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("'nowhere', which is not defined"));
    }

    @Test
    void conditionWithTwoKindsOrNoneIsRejected() {
        assertThat(problems("pack: t\nrules:\n  - {id: a, type: event, when: {phrases: [x], queue: billing}}\n"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("mixes phrases and queue"));
        assertThat(problems("pack: t\nrules:\n  - {id: a, type: event, when: {speaker: agent}}\n"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("none of the condition keys"));
    }

    @Test
    void categoryRulesNeedAPathWithoutEmptyLevels() {
        assertThat(problems("pack: t\nrules:\n  - {id: a, type: category, category: 'Billing//Fee', when: {phrases: [x]}}\n"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("empty level"));
        assertThat(problems("pack: t\nrules:\n  - {id: a, type: category, when: {phrases: [x]}}\n"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("missing 'category:'"));
    }

    @Test
    void laterFilesOverrideAndDisableEarlierRules(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, """
                pack: base
                rules:
                  - {id: greeting, type: event, when: {phrases: [hello]}}
                  - {id: farewell, type: event, when: {phrases: [goodbye]}}
                  - {id: praise, type: event, when: {phrases: [great]}}
                """);
        Path local = dir.resolve("local.yaml");
        Files.writeString(local, """
                pack: local
                disable: [farewell]
                rules:
                  - {id: greeting, type: event, when: {phrases: [howdy]}}
                  - {id: praise, type: event, enabled: false, when: {phrases: [great]}}
                """);
        RuleSet rules = RuleSet.load(List.of(base, local));
        assertThat(rules.rules()).extracting(Rule::id, Rule::pack).containsExactly(
                org.assertj.core.groups.Tuple.tuple("greeting", "local"));
        assertThat(rules.findings(Conversations.analyzed("customer: howdy, hello, goodbye, great")))
                .singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("greeting"));
    }

    @Test
    void missingFileIsAUserError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSet.load(List.of(dir.resolve("nope.yaml"))))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("nope.yaml does not exist");
    }
}
