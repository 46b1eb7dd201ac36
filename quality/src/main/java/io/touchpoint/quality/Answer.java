package io.touchpoint.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The answer to one scorecard question, by the machine or a reviewer. Wire names: yes, no, na. */
public enum Answer {
    YES("yes"),
    NO("no"),
    NOT_APPLICABLE("na");

    private final String wireName;

    Answer(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Parses {@code yes}, {@code no} or {@code na} (also {@code n/a}, {@code not-applicable}).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Answer parse(String value) {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "yes", "y", "pass" -> YES;
            case "no", "n", "fail" -> NO;
            case "na", "n/a", "not-applicable", "not_applicable" -> NOT_APPLICABLE;
            default -> throw new IllegalArgumentException("unknown answer '" + value + "' (expected yes, no or na)");
        };
    }
}
