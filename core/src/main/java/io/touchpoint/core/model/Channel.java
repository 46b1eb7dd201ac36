package io.touchpoint.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The medium an interaction happened on. The wire name is the lower-case constant name. */
public enum Channel {
    VOICE, CHAT, EMAIL, SOCIAL, SMS, WEBFORM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name such as {@code "voice"}.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code value} is not one
     */
    public static Channel parse(String value) {
        if (value != null) {
            String normalized = value.trim().toUpperCase(Locale.ROOT).replace("-", "");
            for (Channel channel : values()) {
                if (channel.name().equals(normalized)) {
                    return channel;
                }
            }
        }
        throw new IllegalArgumentException("unknown channel '" + value + "' (expected one of "
                + Arrays.stream(values()).map(Channel::wireName).collect(Collectors.joining(", ")) + ")");
    }
}
