package io.touchpoint.speech.transcript;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;

/**
 * A recognized word placed in a transcript: who said it, when, how sure the recognizer was, and
 * where it is in its turn's text ({@code charStart} inclusive, {@code charEnd} exclusive).
 */
public record TranscriptWord(Speaker speaker, String text, long startMs, long endMs, double confidence, int turnIndex,
        int charStart, int charEnd) {

    public TranscriptWord {
        requireNonNull(speaker, "speaker is null");
        requireNonNull(text, "text is null");
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("word '" + text + "' has an invalid time span [" + startMs + ", " + endMs + "]");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("word '" + text + "' has confidence " + confidence + " outside [0, 1]");
        }
        if (turnIndex < 0 || charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("word '" + text + "' has an invalid position: turn " + turnIndex
                    + ", characters [" + charStart + ", " + charEnd + ")");
        }
    }
}
