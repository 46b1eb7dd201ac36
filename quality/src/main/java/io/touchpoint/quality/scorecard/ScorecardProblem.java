package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a scorecard file: where it is and what to do.
 *
 * @param source the file or resource, as given
 * @param line 1-based line
 */
public record ScorecardProblem(String source, int line, String message) {

    public ScorecardProblem {
        requireNonNull(source, "source is null");
        requireNonNull(message, "message is null");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
    }

    /** {@code sales.yaml:17: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + message;
    }
}
