package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** A stretch of a conversation in which nobody spoke: a hold, or the customer waiting on the agent. */
public record SilentSpan(Instant start, Instant end) {

    public SilentSpan {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("SilentSpan: end " + end + " is before start " + start);
        }
    }

    /** Milliseconds this span shares with {@code [from, to]}. */
    public long overlapMillis(Instant from, Instant to) {
        Instant later = start.isAfter(from) ? start : from;
        Instant earlier = end.isBefore(to) ? end : to;
        return Math.max(0, Duration.between(later, earlier).toMillis());
    }
}
