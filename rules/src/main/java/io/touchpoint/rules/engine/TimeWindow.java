package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

/**
 * A stretch at the start or end of an interaction, in seconds or in turns, such as "first 30s"
 * or "last 2 turns".
 */
public record TimeWindow(Edge edge, long amount, Unit unit) {

    public enum Edge { FIRST, LAST }

    public enum Unit { SECONDS, TURNS }

    public TimeWindow {
        requireNonNull(edge, "edge is null");
        requireNonNull(unit, "unit is null");
        if (amount <= 0) {
            throw new IllegalArgumentException("window amount must be positive: " + amount);
        }
    }

    @Override
    public String toString() {
        return edge.name().toLowerCase(java.util.Locale.ROOT) + " " + amount + (unit == Unit.SECONDS ? "s" : " turns");
    }
}
