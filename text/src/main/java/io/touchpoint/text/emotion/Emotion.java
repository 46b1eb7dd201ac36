package io.touchpoint.text.emotion;

import java.util.Locale;

/** The emotion signals; the finding name is the lower-case constant name. */
public enum Emotion {
    ANGER(true), FRUSTRATION(true), CONFUSION(true), PRAISE(false), ESCALATION_REQUEST(true);

    private final boolean negative;

    Emotion(boolean negative) {
        this.negative = negative;
    }

    /** Whether a negative turn sentiment supports the signal (praise is supported by a positive one). */
    public boolean negative() {
        return negative;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
