package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One utterance or message in an interaction.
 *
 * <p>Times are milliseconds from the interaction's start, so that every channel shares one
 * timeline: a chat message's time is its offset from the first message, a call turn's time is
 * its position in the audio. {@code confidence} is the speech recognizer's confidence for the
 * turn's words, 1.0 for typed text.
 */
public record Turn(Speaker speaker, long startMs, long endMs, String text, double confidence) {

    public Turn {
        requireNonNull(speaker, "speaker is null");
        requireNonNull(text, "text is null");
        if (startMs < 0) {
            throw new IllegalArgumentException("startMs is negative: " + startMs);
        }
        if (endMs < startMs) {
            throw new IllegalArgumentException("endMs " + endMs + " is before startMs " + startMs);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
    }

    /** A typed turn (chat, email, social) whose text is certain. */
    public static Turn typed(Speaker speaker, long startMs, long endMs, String text) {
        return new Turn(speaker, startMs, endMs, text, 1.0);
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public Turn withText(String newText) {
        return new Turn(speaker, startMs, endMs, newText, confidence);
    }
}
