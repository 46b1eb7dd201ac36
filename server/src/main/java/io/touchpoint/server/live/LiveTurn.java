package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;

/**
 * One turn of a live conversation: a chat message or a speech-to-text result.
 *
 * @param speaker customer, agent, ...
 * @param text what was said
 * @param startMs milliseconds from the conversation's start
 * @param endMs milliseconds from the conversation's start, at or after {@code startMs}
 * @param confidence the recognizer's confidence, 1 for typed text
 */
public record LiveTurn(Speaker speaker, String text, long startMs, long endMs, double confidence) {

    public LiveTurn {
        requireNonNull(speaker, "speaker is null");
        requireNonNull(text, "text is null");
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("a turn needs 0 <= startMs <= endMs, was " + startMs + ".." + endMs);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }

    Turn toTurn() {
        return new Turn(speaker, startMs, endMs, text, confidence);
    }
}
