package io.touchpoint.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who spoke or wrote a turn. */
public enum Speaker {
    AGENT, CUSTOMER, BOT, SYSTEM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; {@code "user"} and {@code "client"} are read as customer, as chat exports say. */
    public static Speaker parse(String value) {
        if (value != null) {
            String normalized = value.trim().toUpperCase(Locale.ROOT);
            switch (normalized) {
                case "USER", "CLIENT", "CALLER", "USR" -> {
                    return CUSTOMER;
                }
                case "REP", "REPRESENTATIVE", "SYS", "ADVISOR" -> {
                    return AGENT;
                }
                default -> {
                    for (Speaker speaker : values()) {
                        if (speaker.name().equals(normalized)) {
                            return speaker;
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("unknown speaker '" + value + "' (expected one of "
                + Arrays.stream(values()).map(Speaker::wireName).collect(Collectors.joining(", ")) + ")");
    }
}
