package io.touchpoint.rules;

import io.touchpoint.core.TouchpointException;
import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot be compiled; lists every problem found, each with file and line. */
public final class RuleSetException extends TouchpointException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(Kind.USER_ERROR, message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    private static String message(List<RuleProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule set exception needs at least one problem");
        }
        String header = problems.size() == 1 ? "1 problem in rules:" : problems.size() + " problems in rules:";
        return problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ", header + "\n  ", ""));
    }
}
