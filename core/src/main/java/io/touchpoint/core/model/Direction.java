package io.touchpoint.core.model;

import java.util.Locale;

/** Who started the contact: the customer (inbound) or the contact center (outbound). */
public enum Direction {
    INBOUND, OUTBOUND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction parse(String value) {
        if (value != null) {
            String normalized = value.trim().toUpperCase(Locale.ROOT);
            for (Direction direction : values()) {
                if (direction.name().equals(normalized)) {
                    return direction;
                }
            }
        }
        throw new IllegalArgumentException("unknown direction '" + value + "' (expected inbound or outbound)");
    }
}
