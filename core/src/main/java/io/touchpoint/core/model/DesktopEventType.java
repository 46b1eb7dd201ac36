package io.touchpoint.core.model;

import java.util.Locale;

/** The kinds of agent-desktop activity Touchpoint reads. */
public enum DesktopEventType {
    APP_FOCUS, PROCESS_START, PROCESS_END, URL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DesktopEventType parse(String value) {
        if (value != null) {
            String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (DesktopEventType type : values()) {
                if (type.name().equals(normalized)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown desktop event type '" + value
                + "' (expected app_focus, process_start, process_end or url)");
    }
}
