package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a rule file, where it is and what to do.
 *
 * @param source the file or resource, as given
 * @param line 1-based line
 * @param column 1-based column, 0 when unknown
 */
public record RuleProblem(String source, int line, int column, String message) {

    public RuleProblem {
        requireNonNull(source, "source is null");
        requireNonNull(message, "message is null");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
    }

    /** {@code billing.yaml:17: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return source + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
