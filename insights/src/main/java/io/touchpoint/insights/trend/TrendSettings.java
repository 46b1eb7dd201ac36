package io.touchpoint.insights.trend;

import java.time.Instant;

/**
 * Which series {@link Trends#daily} builds.
 *
 * @param from first instant included; nullable for the start of the data
 * @param to first instant excluded; nullable for the end of the data
 * @param split null for whole-center series, or {@code queue}, {@code channel} or {@code attribute:NAME} (one series
 *        per value, "(none)" for interactions without one; an
 *        interaction attribute such as {@code attribute:region}) to build one series per value
 * @param minTotal series with fewer interactions than this over the period are left out (noise)
 */
public record TrendSettings(Instant from, Instant to, String split, int minTotal) {

    public TrendSettings {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("TrendSettings.from " + from + " is not before to " + to);
        }
        if (split != null && !split.equals("queue") && !split.equals("channel")
                && !split.matches("attribute:[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("TrendSettings.split '" + split
                    + "' is not one of queue, channel, attribute:NAME (e.g. attribute:region)");
        }
        if (minTotal < 0) {
            throw new IllegalArgumentException("TrendSettings.minTotal " + minTotal + " is negative");
        }
    }

    public static TrendSettings defaults() {
        return new TrendSettings(null, null, null, 10);
    }

    public TrendSettings withSplit(String newSplit) {
        return new TrendSettings(from, to, newSplit, minTotal);
    }

    public TrendSettings between(Instant newFrom, Instant newTo) {
        return new TrendSettings(newFrom, newTo, split, minTotal);
    }

    /** The SQL of the split over {@code f} (facts) joined with {@code i} (interactions). */
    String splitSql() {
        if (split == null) {
            return "CAST(NULL AS VARCHAR)";
        }
        // Interactions without a value (an e-mail without a region) form their own series, "(none)".
        return "coalesce(" + switch (split) {
            case "queue" -> "f.queue";
            case "channel" -> "f.channel";
            default -> "json_extract_string(i.attributes, '$.\"" + split.substring("attribute:".length()) + "\"')";
        } + ", '(none)')";
    }
}
