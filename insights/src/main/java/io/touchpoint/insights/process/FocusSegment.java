package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time one application had the agent's focus. */
public record FocusSegment(String application, Instant start, Instant end) {

    public FocusSegment {
        requireNonNull(application, "application is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("FocusSegment " + application + ": end " + end + " is before start " + start);
        }
    }

    public long millis() {
        return Duration.between(start, end).toMillis();
    }
}
