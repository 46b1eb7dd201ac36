package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A day far above what the same weekday usually brings.
 *
 * @param series the series' label ({@code category Network/Outage [west]})
 * @param kind the series' kind
 * @param name the series' name
 * @param segment the series' segment, or null
 * @param day the day
 * @param value the day's value
 * @param expected the baseline: median of the same weekday in the surrounding (or preceding) weeks
 * @param spread the baseline's robust spread, 1.4826 x MAD (for counts on the Anscombe scale, at least 1)
 * @param score how many spreads the day is above the baseline (for counts on the Anscombe scale)
 * @param interactionIds the interactions of that day (filled by {@link Anomalies#withExamples}; empty otherwise)
 */
public record Anomaly(String series, String kind, String name, String segment, LocalDate day, double value,
                      double expected, double spread, double score, List<String> interactionIds) {

    public Anomaly {
        requireNonNull(series, "Anomaly.series is null");
        requireNonNull(day, "Anomaly.day is null");
        interactionIds = List.copyOf(requireNonNull(interactionIds, "Anomaly.interactionIds is null"));
    }

    Anomaly withInteractionIds(List<String> ids) {
        return new Anomaly(series, kind, name, segment, day, value, expected, spread, score, ids);
    }
}
