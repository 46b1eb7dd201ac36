package io.touchpoint.text.sentiment;

import java.util.Locale;

/** The three sentiment classes; the wire name is the lower-case constant name. */
public enum SentimentLabel {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name such as {@code negative}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static SentimentLabel parse(String value) {
        if (value != null) {
            for (SentimentLabel label : values()) {
                if (label.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return label;
                }
            }
        }
        throw new IllegalArgumentException("unknown sentiment label '" + value + "' (expected negative, neutral or positive)");
    }
}
