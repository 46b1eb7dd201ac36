package io.touchpoint.core.analysis;

import io.touchpoint.core.model.Turn;

/**
 * Where in an interaction a finding comes from: the turn, the characters in that turn's text
 * ({@code charStart} inclusive, {@code charEnd} exclusive) and the time span in milliseconds
 * from the interaction's start. Whole-interaction findings use {@link #WHOLE_INTERACTION}.
 */
public record Evidence(int turnIndex, int charStart, int charEnd, long startMs, long endMs) {

    /** Evidence for a finding about the interaction as a whole (turn index -1). */
    public static final Evidence WHOLE_INTERACTION = new Evidence(-1, 0, 0, 0, 0);

    public Evidence {
        if (turnIndex < -1) {
            throw new IllegalArgumentException("turnIndex is below -1: " + turnIndex);
        }
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("character span [" + charStart + ", " + charEnd + ") is invalid");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("time span [" + startMs + ", " + endMs + "] is invalid");
        }
    }

    /** Evidence covering a whole turn. */
    public static Evidence ofTurn(int turnIndex, Turn turn) {
        return new Evidence(turnIndex, 0, turn.text().length(), turn.startMs(), turn.endMs());
    }

    /**
     * Evidence for characters within a turn; the time span is interpolated from the characters'
     * position when the recognizer gave no word times.
     */
    public static Evidence ofSpan(int turnIndex, Turn turn, int charStart, int charEnd) {
        int length = Math.max(1, turn.text().length());
        long start = turn.startMs() + turn.durationMs() * charStart / length;
        long end = Math.max(start, turn.startMs() + turn.durationMs() * charEnd / length);
        return new Evidence(turnIndex, charStart, charEnd, start, end);
    }

    public boolean isWholeInteraction() {
        return turnIndex < 0;
    }
}
