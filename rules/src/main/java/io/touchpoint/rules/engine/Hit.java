package io.touchpoint.rules.engine;

import io.touchpoint.core.analysis.Evidence;

/**
 * One place where a condition matched: characters of a turn and their time span.
 *
 * @param turn index of the turn in the interaction
 * @param charStart first character in the turn's text (inclusive)
 * @param charEnd last character (exclusive)
 * @param startMs start of the span, milliseconds from the interaction's start
 * @param endMs end of the span
 * @param similarity 1 for exact matches, the embedding similarity for semantic ones, lower for
 *     words that only sound like the phrase or were only in the recognizer's alternatives
 * @param note for a reviewer, how the hit was found when it is not plain ("heard 'death' for
 *     'debt'"); empty for exact matches
 */
public record Hit(int turn, int charStart, int charEnd, long startMs, long endMs, double similarity, String note) {

    public Hit(int turn, int charStart, int charEnd, long startMs, long endMs, double similarity) {
        this(turn, charStart, charEnd, startMs, endMs, similarity, "");
    }

    public Hit {
        if (turn < 0) {
            throw new IllegalArgumentException("turn is negative: " + turn);
        }
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("character span [" + charStart + ", " + charEnd + ") is invalid");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("time span [" + startMs + ", " + endMs + "] is invalid");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
        }
        note = note == null ? "" : note;
    }

    public Evidence toEvidence() {
        return new Evidence(turn, charStart, charEnd, startMs, endMs);
    }

    /** True when this hit comes after {@code other}: a later turn, or later characters in the same turn. */
    public boolean isAfter(Hit other) {
        return turn > other.turn || (turn == other.turn && charStart >= other.charEnd);
    }
}
