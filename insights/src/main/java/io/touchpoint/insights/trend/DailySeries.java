package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A daily series with every day of the period present (days without interactions are 0 for counts, NaN for KPIs).
 *
 * @param kind {@code volume}, {@code category}, {@code event} or {@code kpi}
 * @param name the category path, event name or KPI ({@code handle_time_s}, {@code repeat_rate}, {@code escalation_rate},
 *        {@code customer_sentiment}); {@code all} for volume
 * @param segment the value of the split dimension (a queue, a region...), or null when not split
 * @param measure {@code count}, {@code rate} (a share of the day's interactions) or {@code mean}
 */
public record DailySeries(String kind, String name, String segment, String measure, List<SeriesPoint> points) {

    public static final String COUNT = "count";
    public static final String MEAN = "mean";
    public static final String RATE = "rate";

    public DailySeries {
        requireNonNull(kind, "DailySeries.kind is null");
        requireNonNull(name, "DailySeries.name is null");
        requireNonNull(measure, "DailySeries.measure is null");
        points = List.copyOf(requireNonNull(points, "DailySeries.points is null"));
    }

    /** {@code category Network/Outage [region=west]}. */
    public String label() {
        return kind + " " + name + (segment == null ? "" : " [" + segment + "]");
    }

    public double total() {
        return points.stream().mapToDouble(SeriesPoint::value).filter(Double::isFinite).sum();
    }
}
