package io.touchpoint.insights.objective;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where an objective stands: proposed, approved, in progress, measured. */
public enum ObjectiveStatus {
    PROPOSED, APPROVED, IN_PROGRESS, MEASURED;

    /** {@code in_progress}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ObjectiveStatus::wireName).toList();
    }

    /** Parses {@code in_progress}, {@code in-progress} or {@code IN PROGRESS}. */
    public static ObjectiveStatus parse(String value) {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ObjectiveStatus status : values()) {
            if (status.wireName().equals(normalized)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown objective status '" + value + "' (allowed: "
                + String.join(", ", wireNames()) + ")");
    }
}
