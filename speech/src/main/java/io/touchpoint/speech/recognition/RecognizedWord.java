package io.touchpoint.speech.recognition;

import static java.util.Objects.requireNonNull;

/**
 * One word as a recognizer heard it, with times in milliseconds from the start of the audio it
 * was given and the recognizer's confidence in [0, 1].
 */
public record RecognizedWord(String text, long startMs, long endMs, double confidence) {

    public RecognizedWord {
        requireNonNull(text, "text is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("word text is blank");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("word '" + text + "' has an invalid time span [" + startMs + ", " + endMs + "]");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("word '" + text + "' has confidence " + confidence + " outside [0, 1]");
        }
    }

    public RecognizedWord shifted(long offsetMs) {
        return new RecognizedWord(text, startMs + offsetMs, endMs + offsetMs, confidence);
    }
}
