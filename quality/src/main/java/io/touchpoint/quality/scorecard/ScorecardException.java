package io.touchpoint.quality.scorecard;

import io.touchpoint.core.TouchpointException;
import java.util.List;
import java.util.stream.Collectors;

/** Scorecard files that cannot be read; lists every problem found, each with file and line. */
public final class ScorecardException extends TouchpointException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScorecardProblem> problems;

    public ScorecardException(List<ScorecardProblem> problems) {
        super(Kind.USER_ERROR, message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ScorecardProblem> problems() {
        return problems;
    }

    private static String message(List<ScorecardProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scorecard exception needs at least one problem");
        }
        String header = problems.size() == 1 ? "1 problem in scorecards:" : problems.size() + " problems in scorecards:";
        return problems.stream().map(ScorecardProblem::toString).collect(Collectors.joining("\n  ", header + "\n  ", ""));
    }
}
